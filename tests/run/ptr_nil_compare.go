package main

import "fmt"

type T struct {
	A int
	P *T
}

func find(list []*T, a int) *T {
	for _, t := range list {
		if t != nil && t.A == a {
			return t
		}
	}
	return nil
}

func main() {
	var p *T
	var q *int
	fmt.Println(p == nil, q == nil, p != nil)

	t1 := &T{A: 1}
	t2 := &T{A: 1}
	fmt.Println(t1 == t2, *t1 == *t2, t1 == t1)

	t1.P = t2
	fmt.Println(t1.P == t2, t2.P == nil, t1.P.P == nil)

	list := []*T{nil, t1, nil, t2, &T{A: 3}}
	fmt.Println(find(list, 3) != nil, find(list, 4) == nil, find(list, 1) == t1)

	n := 0
	for _, x := range list {
		if x == nil {
			n++
		}
	}
	fmt.Println("nils:", n)

	var arr [3]*int
	a, b := 1, 2
	arr[1] = &a
	arr[2] = &b
	for i := 0; i < len(arr); i++ {
		if arr[i] == nil {
			fmt.Println(i, "nil")
		} else {
			fmt.Println(i, *arr[i])
		}
	}

	// zero-size struct pointers: distinct variables; compare with themselves only
	x := new(int)
	y := new(int)
	fmt.Println(x == y, *x == *y, x != nil)
	p = t2
	p.A = 9
	fmt.Println(t2.A, p == t2)
}
