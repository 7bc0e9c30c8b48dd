package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }
func (s Stack) Len() int  { return len(s) }

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Celsius float64

func (c *Celsius) Warm(d float64) { *c += Celsius(d) }
func (c Celsius) String() string   { return "C" }

type Lener interface{ Len() int }

type Pusher interface {
	Push(int)
	Pop() int
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	push := s.Push
	push(3)
	fmt.Println(s, s.Peek(), s.Len())
	var p Pusher = &s
	p.Push(10)
	fmt.Println(p.Pop(), p.Pop(), s)
	var l Lener = s
	s.Push(99)
	fmt.Println(l.Len(), s.Len())
	v := Vec{1, 2, 3}
	v.Scale(2)
	dot := v.Dot
	v.Scale(10)
	fmt.Println(v, dot(Vec{1, 1, 1}), v.Dot(Vec{1, 0, 0}))
	var c Celsius = 20
	c.Warm(1.5)
	fmt.Println(c, float64(c))
	cs := []Celsius{1, 2}
	cs[1].Warm(3)
	fmt.Println(cs, []float64{float64(cs[0]), float64(cs[1])})
}
