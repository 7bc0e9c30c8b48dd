package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }

func (v *Vec3) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	for i := range v {
		v[i] /= l
	}
}

func modify(a [5]int) [5]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[5]int) { a[0] = 100 }

type Particle struct {
	Pos, Vel Vec3
	Hist     [3]Vec3
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, 5, 6}
	c := a.Add(b)
	fmt.Println(a, b, c, a.Dot(b))
	c.Normalize()
	fmt.Println(c)
	x := [5]int{1, 2, 3, 4, 5}
	y := modify(x)
	fmt.Println(x, y)
	modifyPtr(&x)
	fmt.Println(x)
	var p Particle
	p.Vel = Vec3{1, 0.5, 0}
	for step := 0; step < 3; step++ {
		p.Hist[step] = p.Pos
		p.Pos = p.Pos.Add(p.Vel)
	}
	fmt.Println(p.Pos, p.Hist)
	q := p
	q.Hist[0][0] = 99
	fmt.Println(p.Hist[0], q.Hist[0])
	ps := []Particle{p, q}
	ps[1].Pos.Normalize()
	fmt.Println(ps[1].Pos, ps[0].Pos == p.Pos)
	arrOfSlices := [2][]int{{1, 2}, {3}}
	copyA := arrOfSlices
	copyA[0][0] = 50
	copyA[1] = append(copyA[1], 4)
	fmt.Println(arrOfSlices, copyA)
}
