package main

import "fmt"

type Mixed struct {
	a  int8
	b  int64
	c  int16
	d  bool
	e  float32
	f  uint8
	g  string
	h  [3]uint16
	i  float64
	j  *Mixed
	k  []int32
	l  uint32
	m  bool
	n  int8
}

func (m *Mixed) bump() {
	m.a++
	m.b += 1 << 40
	m.c--
	m.d = !m.d
	m.e *= 1.5
	m.f += 200
	m.g += "!"
	m.h[2] = 65535
	m.i /= 3
	m.k = append(m.k, int32(m.c))
	m.l ^= 0xffffffff
	m.m = m.d
	m.n = -m.a
}

var global Mixed
var globals [3]Mixed

func main() {
	x := Mixed{a: 127, b: -1, c: -32768, e: 2, f: 100, g: "hi", i: 1, l: 1}
	x.bump()
	fmt.Println(x.a, x.b, x.c, x.d, x.e, x.f, x.g, x.h, x.i, x.j == nil, x.k, x.l, x.m, x.n)
	y := x
	y.bump()
	fmt.Println(x == y, x.k, y.k, y.f, y.g)
	pa := &x.a
	pe := &x.e
	ph := &x.h[1]
	*pa = 1
	*pe = -0.5
	*ph = 7
	fmt.Println(x.a, x.e, x.h)
	global.j = &x
	global.j.bump()
	fmt.Println(x.a, x.g, global.j.n)
	for i := range globals {
		globals[i].a = int8(i)
		globals[i].bump()
		globals[i].j = &globals[(i+1)%3]
	}
	fmt.Println(globals[0].j.a, globals[2].j.j.a, globals[1].k)
	var z struct {
		p bool
		q int64
		r bool
	}
	z.r = true
	fmt.Println(z)
	var empty struct{}
	es := []struct{}{{}, {}, {}}
	es = append(es, empty)
	fmt.Println(len(es), es, [0]int{}, empty)
}
