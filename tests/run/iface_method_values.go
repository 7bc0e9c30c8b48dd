package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Rect struct{ W, H int }

func (r Rect) Area() int           { return r.W * r.H }
func (r Rect) Scale(k int) Shape   { return Rect{r.W * k, r.H * k} }

type Sq struct{ S int }

func (s *Sq) Area() int          { return s.S * s.S }
func (s *Sq) Scale(k int) Shape  { return &Sq{s.S * k} }

func main() {
	var s Shape = Rect{2, 3}
	area := s.Area
	s = &Sq{5}
	fmt.Println(area(), s.Area())
	fs := []func() int{}
	for _, sh := range []Shape{Rect{1, 1}, &Sq{2}, Rect{3, 4}} {
		fs = append(fs, sh.Area)
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	sc := s.Scale
	fmt.Println(sc(3).Area())
	var nilShape Shape
	fmt.Println("before")
	g := nilShape.Area
	fmt.Println("unreachable", g())
}
