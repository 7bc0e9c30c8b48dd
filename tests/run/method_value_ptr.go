package main

import "fmt"

type Rect struct {
	W, H int
}

type Frame struct {
	R Rect
}

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) Grow(d int) Rect {
	r.W += d
	r.H += d
	return r
}

func (r *Rect) Scale(k int) {
	r.W *= k
	r.H *= k
}

func (r Rect) TryScale(k int) {
	r.W *= k
	r.H *= k
}

func (r *Rect) Self() *Rect { return r }

func main() {
	r := Rect{2, 3}
	fmt.Println(r.Area())
	r.TryScale(10)
	fmt.Println(r)
	r.Scale(10) // auto &r
	fmt.Println(r)
	g := r.Grow(1)
	fmt.Println(r, g)

	p := &Rect{1, 1}
	fmt.Println(p.Area()) // auto *p
	p.Scale(5)
	p.TryScale(100)
	fmt.Println(*p, p.Grow(2))

	// methods on array elements, slice elements and struct fields
	arr := [2]Rect{{1, 2}, {3, 4}}
	arr[1].Scale(2)
	sl := []Rect{{1, 1}, {2, 2}}
	sl[0].Scale(3)
	for i := range sl {
		sl[i].Scale(2)
	}
	for _, x := range sl {
		x.Scale(100)
	}
	fmt.Println(arr, sl)

	type2 := Frame{Rect{5, 5}}
	type2.R.Scale(2)
	fmt.Println(type2.R.Area())

	// method returning pointer, chained
	r.Self().Self().Scale(2)
	fmt.Println(r, r.Self() == &r)

	// Rect{...}.Area() on a non-addressable value is fine for value methods
	fmt.Println(Rect{7, 6}.Area(), Rect{1, 2}.Grow(1).Area())
}
