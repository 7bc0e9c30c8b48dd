package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

type List struct {
	head *Node
	n    int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.n++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			s += " "
		}
		s += itoa(n.val)
	}
	return s + "]"
}

func (l *List) Remove(v int) bool {
	pp := &l.head
	for *pp != nil {
		if (*pp).val == v {
			*pp = (*pp).next
			l.n--
			return true
		}
		pp = &(*pp).next
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.PushFront(i * 3)
	}
	fmt.Println(l.String(), l.n)
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Remove(3), l.Remove(18), l.Remove(100), l.Remove(9))
	fmt.Println(l.String(), l.n)
	n := l.head
	fmt.Println(n.val, n.next.val, n.next.next.next == nil)
	fmt.Println(itoa(-12345), itoa(0), itoa(9223372036854775807))
	var nilList *Node
	fmt.Println(nilList == nil, nilList)
}
