package main

import "fmt"

type node struct {
	val  int
	next *node
	buf  []byte
}

var total int

func many(n int) (cnt int) {
	for i := 0; i < n; i++ {
		defer func() { cnt++ }()
	}
	return 0
}

func manyArgs(n int) (s int) {
	for i := 0; i < n; i++ {
		defer func(a, b int, p *node) { s += a - b + p.val }(i, i/2, &node{val: i % 3})
	}
	return
}

func allocDefer(n int) (head *node) {
	defer func() {
		// allocate heavily in a deferred function
		for i := 0; i < 2000; i++ {
			head = &node{val: i, next: head, buf: make([]byte, i%64)}
			if i%500 == 0 {
				head = head.next
			}
		}
	}()
	for i := 0; i < n; i++ {
		x := &node{val: i}
		defer func() {
			junk := make([]int, 50)
			junk[0] = x.val
			x.buf = append(x.buf, byte(junk[0]))
		}()
	}
	return nil
}

func panicky(depth int, keep []*node) (res []*node) {
	defer func() {
		if r := recover(); r != nil {
			res = append(keep, &node{val: r.(int)})
			for i := 0; i < 100; i++ {
				res[len(res)-1].buf = append(res[len(res)-1].buf, byte(i))
			}
		}
	}()
	keep = append(keep, &node{val: depth, buf: make([]byte, 128)})
	if depth%7 == 0 {
		panic(depth)
	}
	return keep
}

func recDefer(n int) int {
	if n == 0 {
		panic("bottom")
	}
	defer func() {
		if n%1000 == 0 {
			if r := recover(); r != nil {
				total += n
				panic(r)
			}
		}
	}()
	return recDefer(n-1) + 1
}

func main() {
	fmt.Println(many(100000))
	fmt.Println(manyArgs(100000))
	h := allocDefer(5000)
	c := 0
	for p := h; p != nil; p = p.next {
		c += p.val + len(p.buf)
	}
	fmt.Println("alloc", c)
	var keep []*node
	for d := 1; d < 300; d++ {
		keep = panicky(d, keep)
		if len(keep) > 50 {
			keep = keep[25:]
		}
	}
	s := 0
	for _, k := range keep {
		s += k.val + len(k.buf)
	}
	fmt.Println("panicky", len(keep), s)
	func() {
		defer func() { fmt.Println("rec", recover(), total) }()
		recDefer(10000)
	}()
}
