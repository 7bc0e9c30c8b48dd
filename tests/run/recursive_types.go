package main

// Recursive slice, pointer and array-of-slice types (from golang/go's
// test/ddd.go and test/fixedbugs/issue4316.go), which overflowed the
// frontend's and the gc backend's stacks.

import "fmt"

type T []T

type P *P

type L []*L

type A [2][]A

type Tree struct {
	Kids []Tree
	Name string
}

func depth(t T) int {
	d := 0
	for _, k := range t {
		if x := depth(k) + 1; x > d {
			d = x
		}
	}
	return d
}

func main() {
	t := T{nil, T{}, T{T{T{}}}}
	t = append(t, t...)
	fmt.Println(len(t), depth(t), t[0] == nil, len(t[2][0]))
	fmt.Println(t)

	var p P
	q := P(&p)
	p = q
	fmt.Println(p == q, *q == p, **q == q)

	l := L{nil}
	l = append(l, &l)
	fmt.Println(len(l), len(*l[1]), l[0] == nil)

	var a A
	a[0] = make([]A, 2)
	a[0][1][1] = []A{{}}
	fmt.Println(len(a[0]), len(a[0][1][1]), len(a[1]))

	tr := Tree{Name: "root", Kids: []Tree{{Name: "x"}, {Name: "y", Kids: []Tree{{Name: "z"}}}}}
	fmt.Printf("%v %+v\n", tr, tr.Kids[1])
}
