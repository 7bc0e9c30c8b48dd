package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Counter int

func (c Counter) Twice() Counter { return c * 2 }

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Sq struct{ S int }

func (s *Sq) Area() int    { return s.S * s.S }
func (s *Sq) Name() string { return "square" }

func apply(f func(Point, Point) Point, a, b Point) Point { return f(a, b) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}).X)
	fmt.Println(apply(Point.Add, Point{1, 1}, Point{2, 2}).Y)
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p.X, p.Y)
	fmt.Println(Counter.Twice(21))
	area := Shape.Area
	shapes := []Shape{Rect{2, 3}, &Sq{4}}
	for _, s := range shapes {
		fmt.Println(Shape.Name(s), area(s))
	}
	fs := []func(Rect) int{Rect.Area}
	fmt.Println(fs[0](Rect{5, 6}))
	sqa := (*Sq).Area
	fmt.Println(sqa(&Sq{7}))
}

func init() {
	padd := (*Point).Add
	p := &Point{1, 2}
	q := padd(p, Point{10, 20})
	p.X = 99
	fmt.Println(q.X, q.Y, p.X)
	tw := (*Counter).Twice
	c := Counter(4)
	fmt.Println(tw(&c))
	var np *Point
	defer func() { fmt.Println("recovered:", recover()) }()
	padd(np, Point{})
}
