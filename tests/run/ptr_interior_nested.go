package main

import "fmt"

type Inner struct {
	A, B int
	Arr  [3]int
}

type Middle struct {
	In   Inner
	Name string
}

type Outer struct {
	ID  int
	M   Middle
	Ins [2]Inner
}

func set(p *int, v int) { *p = v }

func touchInner(in *Inner) {
	in.A = in.A * 10
	in.Arr[1] = in.A + in.B
}

func main() {
	var o Outer
	o.ID = 1
	pa := &o.M.In.A
	pb := &o.M.In.B
	set(pa, 3)
	set(pb, 4)
	fmt.Println(o.M.In)

	parr := &o.M.In.Arr[2]
	*parr = 9
	fmt.Println(o.M.In.Arr)

	pin := &o.M.In
	touchInner(pin)
	fmt.Println(o.M.In, *pa)

	// interior pointers into an array of structs inside a struct
	for i := 0; i < len(o.Ins); i++ {
		p := &o.Ins[i]
		p.A = i + 1
		p.B = (i + 1) * 100
		touchInner(p)
	}
	q := &o.Ins[1].Arr[0]
	*q = -1
	fmt.Println(o.Ins)

	// heap allocated outer, pointer to deep field outlives the local pointer var
	h := &Outer{ID: 2, M: Middle{Name: "heap"}}
	deep := &h.M.In.Arr[1]
	name := &h.M.Name
	h = nil
	*deep = 77
	*name += "!"
	fmt.Println(*deep, *name, h == nil)

	// copy of Outer is independent
	o2 := o
	*pa = 1000
	fmt.Println(o.M.In.A, o2.M.In.A)
	fmt.Println(o.ID, o.M.Name == "", o2.Ins[0].Arr)
}
