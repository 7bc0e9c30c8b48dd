package main

import "fmt"

type Inner struct {
	X, Y int
}

type Rec struct {
	Name  string
	In    Inner
	Arr   [3]int
	Slice []int
}

func modify(r Rec) Rec {
	r.Name = "modified"
	r.In.X = -1
	r.Arr[0] = -1
	r.Slice[0] = -1 // shared backing array!
	return r
}

func main() {
	a := Rec{Name: "a", In: Inner{1, 2}, Arr: [3]int{1, 2, 3}, Slice: []int{1, 2, 3}}
	b := a
	b.Name = "b"
	b.In.Y = 20
	b.Arr[2] = 30
	b.Slice[2] = 30
	fmt.Println(a)
	fmt.Println(b)

	c := modify(a)
	fmt.Println(a)
	fmt.Println(c)

	// assignment from pointer deref copies
	p := &a
	d := *p
	d.In.X = 555
	fmt.Println(a.In.X, d.In.X)

	// assigning a struct through a pointer replaces all fields
	*p = Rec{Name: "new"}
	fmt.Println(a, a.Slice == nil)

	// array of structs copied
	arr := [2]Inner{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2)

	// slice of structs is not copied
	sl := []Inner{{1, 1}, {2, 2}}
	sl2 := sl
	sl2[0].X = 100
	fmt.Println(sl, sl2)

	// swap structs
	x, y := Inner{1, 2}, Inner{3, 4}
	x, y = y, x
	fmt.Println(x, y)
}
