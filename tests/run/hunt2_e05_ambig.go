package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }

type C struct {
	A
	B
	X int
}

type D struct {
	A
	B
}

func (D) Hello() string { return "D" }

type H interface{ Hello() string }

func main() {
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.X, c.A.X, c.B.X, c.A.Hello(), c.B.Hello())
	var h H = D{}
	fmt.Println(h.Hello())
	d := D{A{4}, B{5}}
	fmt.Println(d.A.X, d.B.X, d.Hello())
}
