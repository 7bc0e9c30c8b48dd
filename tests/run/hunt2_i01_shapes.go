package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (c *Circle) Area() float64   { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Name() string    { return "circle" }
func (s Square) Name() string     { return "square" }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}, &Rect{1, 1}}
	fmt.Println(total(shapes))
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println(n.Name(), s.Perimeter())
		}
		var ns NamedShape
		ns, ok := s.(NamedShape)
		fmt.Println(ok, ns != nil)
	}
	var ns NamedShape = Square{Rect{3, 3}}
	var sh Shape = ns
	fmt.Println(sh.Area(), ns.Name())
	fmt.Println(shapes[0], shapes[2])
	c := &Circle{2}
	var s Shape = c
	c.R = 3
	fmt.Println(s.Area())
	r := Rect{1, 2}
	s = r
	r.W = 100
	fmt.Println(s.Area(), s)
}
