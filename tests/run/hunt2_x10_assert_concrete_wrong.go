package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rc struct{ w, h int }

func (s Sq) Area() int  { return s.s * s.s }
func (r *Rc) Area() int { return r.w * r.h }

func main() {
	shapes := []Shape{Sq{2}, &Rc{2, 3}}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
	r := shapes[1].(*Rc)
	fmt.Println(r.w)
	q := shapes[1].(Sq)
	fmt.Println(q)
}
