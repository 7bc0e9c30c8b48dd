package main

import "fmt"

type Inner struct{ id int }

func (i Inner) String() string { return "inner#" + string(rune('0'+i.id)) }

type Outer struct {
	Inner
	X int
}

type PInner struct{ id int }

func (p *PInner) String() string { return "pinner" }

type POuter struct {
	*PInner
	Y int
}

type VOuter struct {
	PInner
	Z int
}

type Errish struct{}

func (Errish) Error() string { return "errish" }

type WithErr struct {
	Errish
	msg string
}

type V struct{ a int }

func (v V) String() string { return "V" }

func main() {
	fmt.Println(Outer{Inner{1}, 2})
	fmt.Println(&Outer{Inner{3}, 4})
	fmt.Println(POuter{&PInner{1}, 2})
	fmt.Println(VOuter{PInner{1}, 2})
	fmt.Println(&VOuter{PInner{1}, 2})
	fmt.Println(WithErr{msg: "m"})
	fmt.Println(&V{1}, V{2})
	var vp *V
	fmt.Println(vp)
	fmt.Println([]Outer{{Inner{5}, 6}})
}
