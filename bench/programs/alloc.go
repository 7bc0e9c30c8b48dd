// alloc: many short-lived small objects (temporary vectors, strings, small
// slices) while a long-lived structure (a linked list of records and a
// binary search tree) keeps growing and stays reachable.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Record struct {
	key   int
	name  string
	tags  []int
	next  *Record
}

type Tree struct {
	key         int
	count       int
	left, right *Tree
}

func (t *Tree) insert(key int) *Tree {
	if t == nil {
		return &Tree{key: key, count: 1}
	}
	if key < t.key {
		t.left = t.left.insert(key)
	} else if key > t.key {
		t.right = t.right.insert(key)
	} else {
		t.count++
	}
	return t
}

func (t *Tree) size() (nodes, total, depth int) {
	if t == nil {
		return 0, 0, 0
	}
	ln, lt, ld := t.left.size()
	rn, rt, rd := t.right.size()
	d := ld
	if rd > d {
		d = rd
	}
	return ln + rn + 1, lt + rt + t.count, d + 1
}

type Point struct{ x, y int }

func newPoint(x, y int) *Point { return &Point{x, y} }

func (p *Point) add(q *Point) *Point { return &Point{p.x + q.x, p.y + q.y} }

func main() {
	n := 300000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var head *Record
	var root *Tree
	listLen := 0
	seed := uint32(12345)
	garbage := 0
	for i := 0; i < n; i++ {
		seed = seed*1103515245 + 12345
		k := int(seed>>8) % 50000

		// Short-lived: a chain of temporary points.
		p := newPoint(i, k)
		for j := 0; j < 4; j++ {
			p = p.add(newPoint(j, -j))
		}
		// Short-lived: a small slice and a string.
		tmp := make([]int, 8)
		for j := range tmp {
			tmp[j] = p.x ^ j
		}
		s := strconv.Itoa(k)
		garbage += len(s) + tmp[7]%3

		// Long-lived: every 8th record goes on the list, with its own data.
		if i%8 == 0 {
			head = &Record{key: k, name: "r" + s, tags: tmp[:3], next: head}
			listLen++
		}
		// Long-lived: the tree.
		root = root.insert(k)

		// Occasionally drop the front half of the list.
		if listLen > 20000 {
			r := head
			for j := 0; j < 10000; j++ {
				r = r.next
			}
			r.next = nil
			listLen = 10001
		}
	}
	sumKeys, sumTags, nameLen := 0, 0, 0
	cnt := 0
	for r := head; r != nil; r = r.next {
		sumKeys += r.key
		nameLen += len(r.name)
		for _, t := range r.tags {
			sumTags += t
		}
		cnt++
	}
	nodes, total, depth := root.size()
	fmt.Println("list", cnt, sumKeys, sumTags, nameLen)
	fmt.Println("tree", nodes, total, depth)
	fmt.Println("garbage", garbage)
}
