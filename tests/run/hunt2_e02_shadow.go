package main

import "fmt"

type Inner struct{ V int }

func (Inner) Who() string { return "inner" }
func (i Inner) Val() int  { return i.V }

type Other struct{ V string }

func (Other) Who() string { return "other" }

type Outer struct {
	Inner
	V int
}

func (Outer) Who() string { return "outer" }

type Deep struct {
	Outer
	Extra struct{ V float64 }
}

type W struct {
	Outer
	Other
}

func main() {
	o := Outer{Inner{1}, 2}
	fmt.Println(o.V, o.Inner.V, o.Who(), o.Inner.Who(), o.Val())
	d := Deep{}
	d.V = 10
	d.Inner.V = 20
	d.Extra.V = 1.5
	fmt.Println(d.V, d.Val(), d.Who(), d.Extra.V, d)
	w := W{o, Other{"x"}}
	fmt.Println(w.Outer.V, w.Other.V, w.Outer.Who(), w.Other.Who(), w.Val())
}
