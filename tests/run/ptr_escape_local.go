package main

import "fmt"

type Vec struct {
	X, Y int
}

func newCounter(start int) *int {
	c := start
	return &c
}

func makeVec(x, y int) *Vec {
	v := Vec{x, y}
	return &v
}

func fieldPtr(x int) *int {
	v := Vec{X: x, Y: -x}
	return &v.Y
}

func elemPtr(n int) *int {
	var arr [8]int
	for i := range arr {
		arr[i] = i * n
	}
	return &arr[7]
}

func main() {
	a := newCounter(1)
	b := newCounter(1)
	*a += 10
	fmt.Println(*a, *b, a == b)

	vs := []*Vec{}
	for i := 0; i < 5; i++ {
		vs = append(vs, makeVec(i, i*i))
	}
	for _, v := range vs {
		v.X += 100
	}
	for _, v := range vs {
		fmt.Print(*v, " ")
	}
	fmt.Println()

	fp := fieldPtr(9)
	ep := elemPtr(3)
	*fp -= 1
	fmt.Println(*fp, *ep)

	// variable declared in loop body: each iteration is a fresh variable
	var ps [3]*int
	for i := 0; i < 3; i++ {
		x := i * 10
		ps[i] = &x
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// loop variable itself is per-iteration (Go 1.22 semantics)
	var qs [3]*int
	for i := 0; i < 3; i++ {
		qs[i] = &i
	}
	fmt.Println(*qs[0], *qs[1], *qs[2])

	var rs [3]*int
	for i, v := range []int{7, 8, 9} {
		_ = i
		rs[i] = &v
	}
	fmt.Println(*rs[0], *rs[1], *rs[2])
}
