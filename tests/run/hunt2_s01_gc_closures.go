package main

import "fmt"

type Item struct {
	id    int
	tags  []string
	next  *Item
	score func() int
}

func makeItems(n int) *Item {
	var head *Item
	for i := 0; i < n; i++ {
		it := &Item{id: i, tags: []string{"t" + string(rune('a'+i%26))}}
		local := i * 3
		it.score = func() int { return local + len(it.tags) + it.id }
		it.next = head
		head = it
	}
	return head
}

type Scorer interface{ Score() int }
type wrap struct{ it *Item }

func (w wrap) Score() int { return w.it.score() }

func main() {
	total := 0
	var keep []Scorer
	for round := 0; round < 30; round++ {
		h := makeItems(200)
		for p := h; p != nil; p = p.next {
			total += p.score()
			if p.id%50 == 0 {
				keep = append(keep, wrap{p})
			}
			p.tags = append(p.tags, "x", "y")
		}
	}
	s := 0
	for _, k := range keep {
		s += k.Score()
	}
	fmt.Println(total, len(keep), s)
	var fs []func() []int
	for i := 0; i < 1000; i++ {
		buf := make([]int, i%17)
		for j := range buf {
			buf[j] = i + j
		}
		fs = append(fs, func() []int { return buf })
	}
	sum := 0
	for _, f := range fs {
		for _, v := range f() {
			sum += v
		}
	}
	fmt.Println(sum)
}
