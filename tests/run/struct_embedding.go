package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hi " + n.Name }

type Circle struct {
	Point
	*Named
	R int
}

type Deep struct {
	Circle
	Tag string
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Widget struct {
	Counter
	label string
}

func main() {
	c := Circle{Point{1, 2}, &Named{"c"}, 5}
	fmt.Println(c.X, c.Y, c.R, c.Point, c.Name)
	fmt.Println(c.Sum(), c.Hello())
	c.Move(10)
	fmt.Println(c.X, c.Point.X, c.Sum())
	c.X = 3
	c.Point.Y = 4
	fmt.Println(c.Point)

	d := Deep{Circle: c, Tag: "deep"}
	fmt.Println(d.X, d.Sum(), d.Hello(), d.Tag, d.Circle.R)
	d.Move(1)
	fmt.Println(d.X, c.X)
	pd := &d
	pd.Move(1)
	pd.Y = 100
	fmt.Println(pd.X, pd.Y, d.Point)

	var w Widget
	w.Inc()
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.n, w.label == "")
	ws := []Widget{{}, {}}
	ws[1].Inc()
	fmt.Println(ws[0].n, ws[1].n)

	p := &c.Point
	p.Move(-3)
	fmt.Println(c.X)

	// The shared *Named: changing it through one copy shows in the other.
	c2 := c
	c2.Name = "changed"
	fmt.Println(c.Name, c2.Name)
	f := c.Sum
	c.X = 1000
	fmt.Println(f(), c.Sum())
	fmt.Println(Circle{R: 1})
}
