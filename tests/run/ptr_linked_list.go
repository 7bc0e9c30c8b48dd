package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Tail *Node
	Len  int
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.Tail == nil {
		l.Head = n
		l.Tail = n
	} else {
		l.Tail.Next = n
		l.Tail = n
	}
	l.Len++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	l.Tail = cur
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.Head = prev
}

func (l List) Sum() int {
	s := 0
	for n := l.Head; n != nil; n = n.Next {
		s += n.Val
	}
	return s
}

func (l *List) Slice() []int {
	out := []int{}
	for n := l.Head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func (l *List) RemoveFirst() int {
	n := l.Head
	l.Head = n.Next
	if l.Head == nil {
		l.Tail = nil
	}
	l.Len--
	return n.Val
}

func main() {
	var l List
	for i := 1; i <= 10; i++ {
		l.PushBack(i * i)
	}
	fmt.Println(l.Len, l.Sum(), l.Slice())
	l.Reverse()
	fmt.Println(l.Slice(), l.Head.Val, l.Tail.Val)
	l.PushBack(-1)
	fmt.Println(l.Slice())
	for l.Len > 3 {
		l.RemoveFirst()
	}
	fmt.Println(l.Slice(), l.Len, l.Sum())
	for l.Len > 0 {
		fmt.Print(l.RemoveFirst(), ";")
	}
	fmt.Println()
	fmt.Println(l.Head == nil, l.Tail == nil)

	// build a long list and count
	var big List
	for i := 0; i < 100000; i++ {
		big.PushBack(i % 7)
	}
	fmt.Println(big.Len, big.Sum())
}
