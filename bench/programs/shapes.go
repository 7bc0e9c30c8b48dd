// shapes: interface method dispatch and type switches over a heterogeneous
// slice of shapes with several implementing types (pointer and value
// receivers), plus an optional interface checked by type assertion.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Scale(f float64)
}

type Circle struct{ r float64 }

type Rect struct{ w, h float64 }

type Square struct{ side float64 }

type Triangle struct{ a, b, c float64 }

type Polygon struct {
	xs, ys []float64
}

func (c *Circle) Area() float64      { return math.Pi * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.r }
func (c *Circle) Scale(f float64)    { c.r *= f }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }

func (s Square) Area() float64      { return s.side * s.side }
func (s Square) Perimeter() float64 { return 4 * s.side }

func (t *Triangle) Area() float64 {
	s := (t.a + t.b + t.c) / 2
	return math.Sqrt(s * (s - t.a) * (s - t.b) * (s - t.c))
}
func (t *Triangle) Perimeter() float64 { return t.a + t.b + t.c }
func (t *Triangle) Scale(f float64)    { t.a *= f; t.b *= f; t.c *= f }

func (p *Polygon) Area() float64 {
	a := 0.0
	n := len(p.xs)
	for i := 0; i < n; i++ {
		j := (i + 1) % n
		a += p.xs[i]*p.ys[j] - p.xs[j]*p.ys[i]
	}
	return math.Abs(a) / 2
}

func (p *Polygon) Perimeter() float64 {
	s := 0.0
	n := len(p.xs)
	for i := 0; i < n; i++ {
		j := (i + 1) % n
		s += math.Hypot(p.xs[j]-p.xs[i], p.ys[j]-p.ys[i])
	}
	return s
}

func describe(s Shape) int {
	switch v := s.(type) {
	case *Circle:
		return 1
	case Rect:
		if v.w == v.h {
			return 6
		}
		return 2
	case Square:
		return 3
	case *Triangle:
		return 4
	case nil:
		return 0
	default:
		return 5
	}
}

func makeShapes(n int) []Shape {
	shapes := make([]Shape, 0, n)
	seed := uint32(1)
	for i := 0; i < n; i++ {
		seed = seed*1103515245 + 12345
		f := float64(seed>>16%1000)/100 + 1
		switch i % 5 {
		case 0:
			shapes = append(shapes, &Circle{f})
		case 1:
			shapes = append(shapes, Rect{f, f / 2})
		case 2:
			shapes = append(shapes, Square{f})
		case 3:
			shapes = append(shapes, &Triangle{3 * f, 4 * f, 5 * f})
		case 4:
			shapes = append(shapes, &Polygon{
				xs: []float64{0, f, f, f / 2, 0},
				ys: []float64{0, 0, f, 1.5 * f, f},
			})
		}
	}
	return shapes
}

func main() {
	rounds := 3000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			rounds = v
		}
	}
	shapes := makeShapes(5000)
	var area, perim float64
	var kinds [7]int
	scaled := 0
	for r := 0; r < rounds; r++ {
		for _, s := range shapes {
			area += s.Area()
			perim += s.Perimeter()
			kinds[describe(s)]++
		}
		// Grow and shrink the scalable ones via an interface assertion.
		f := 1.001
		if r%2 == 1 {
			f = 1 / 1.001
		}
		for _, s := range shapes {
			if sc, ok := s.(Scaler); ok {
				sc.Scale(f)
				scaled++
			}
		}
	}
	fmt.Printf("area %.6e\n", area)
	fmt.Printf("perimeter %.6e\n", perim)
	fmt.Println("kinds", kinds)
	fmt.Println("scaled", scaled)
	var big Shape
	for _, s := range shapes {
		if big == nil || s.Area() > big.Area() {
			big = s
		}
	}
	fmt.Printf("largest %T %.4f\n", big, big.Area())
}
