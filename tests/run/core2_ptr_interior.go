package main

import "fmt"

type Inner struct{ v [3]int }
type Outer struct {
	name  string
	inner Inner
	list  []Inner
}

func bump(p *int) { *p += 10 }

func fill(a *[3]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

func main() {
	var o Outer
	bump(&o.inner.v[1])
	fill(&o.inner.v, 100)
	bump(&o.inner.v[2])
	fmt.Println(o.inner)
	o.list = make([]Inner, 2)
	p := &o.list[1]
	q := &p.v[0]
	*q = 42
	bump(q)
	fmt.Println(o.list)
	pi := &o.inner
	o.inner = Inner{[3]int{7, 8, 9}}
	fmt.Println(pi.v, *pi == o.inner)
	ps := &o.name
	*ps = "named"
	fmt.Println(o.name)
	arr := [4]int{1, 2, 3, 4}
	pa := &arr
	s := pa[1:3]
	s[0] = 20
	fmt.Println(arr, len(s), cap(s))
	e := &arr[3]
	arr2 := arr
	*e = 400
	fmt.Println(arr, arr2)
	pp := &p
	(*pp).v[2] = 5
	fmt.Println(o.list[1])
	x := 1
	px := &x
	ppx := &px
	**ppx = 9
	fmt.Println(x, *px == **ppx)
	o.list = append(o.list, Inner{})
	p.v[0] = -1
	fmt.Println(o.list[1].v[0])
}
