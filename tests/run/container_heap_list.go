package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

type Item struct {
	name     string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type edge struct{ to, w int }

type distItem struct{ node, dist int }
type distHeap []distItem

func (h distHeap) Len() int           { return len(h) }
func (h distHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h distHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)        { *h = append(*h, x.(distItem)) }
func (h *distHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(g [][]edge, src int) []int {
	dist := make([]int, len(g))
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	h := &distHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(distItem)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				heap.Push(h, distItem{e.to, nd})
			}
		}
	}
	return dist
}

func printList(l *list.List) {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(l.Len(), "["+strings.Join(parts, " ")+"]")
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 3, 7}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	(*h)[3] = -1
	heap.Fix(h, 3)
	fmt.Println(heap.Remove(h, 2), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 3, "fig": 2}
	names := []string{"banana", "apple", "pear", "kiwi", "fig"}
	pq := make(PQ, len(names))
	for i, n := range names {
		pq[i] = &Item{name: n, priority: items[n], index: i}
	}
	heap.Init(&pq)
	it := &Item{name: "orange", priority: 1}
	heap.Push(&pq, it)
	it.priority = 5
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		x := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", x.priority, x.name)
	}
	fmt.Println()

	g := make([][]edge, 6)
	add := func(a, b, w int) { g[a] = append(g[a], edge{b, w}); g[b] = append(g[b], edge{a, w}) }
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	fmt.Println(dijkstra(g, 0))

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(l)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	printList(l)
	var z list.List
	z.PushBack("a")
	z.PushBackList(l)
	z.PushFrontList(&z)
	printList(&z)
	fmt.Println(z.Front().Prev() == nil, z.Back().Next() == nil, e4.Next() == nil)
	other := list.New()
	oe := other.PushBack("x")
	fmt.Println(l.InsertAfter(9, oe) == nil, l.Len())
	for e := z.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	l.Init()
	printList(l)
}
