package main

import "fmt"

type Pt struct{ X, Y int }

type Box struct {
	pts  [2]Pt
	name string
}

func mk() (n int, get func() int) {
	defer func() { n++ }()
	get = func() int { return n }
	return 1, get
}

func copyAtReturn() (a [3]int) {
	b := [3]int{1, 2, 3}
	defer func() { b[0] = 100; a[2] += b[0] }()
	return b
}

func ptrCopy() (p Pt, q *Pt) {
	src := &Pt{1, 2}
	defer func() { src.X = 50; q = src }()
	return *src, nil
}

func two() (int, Box) {
	return 3, Box{[2]Pt{{1, 1}, {2, 2}}, "two"}
}

func multiReturn() (k int, b Box) {
	defer func() {
		b.pts[1].Y *= 10
		b.name += "!"
		k = -k
	}()
	return two()
}

var saved *int
var savedBox *Box

func addrOfResult() (n int, b Box) {
	saved = &n
	savedBox = &b
	defer func() { n += 5; b.pts[0].X = 9 }()
	return 10, Box{name: "ab"}
}

type Counter struct{ hits int }

func (c *Counter) Run(fail bool) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "failed"
		}
		c.hits++
	}()
	if fail {
		panic("x")
	}
	return "ok"
}

type Wrapper struct {
	*Counter
	tag string
}

func (w Wrapper) Both() (a, b string) {
	defer func() { a, b = b, a }()
	return w.Run(false), w.Run(true)
}

func main() {
	n, get := mk()
	fmt.Println(n, get())
	fmt.Println(copyAtReturn())
	p, q := ptrCopy()
	fmt.Println(p, *q)
	fmt.Println(multiReturn())
	n2, b2 := addrOfResult()
	fmt.Println(n2, b2, *saved, *savedBox)
	*saved = 77
	savedBox.name = "mutated"
	fmt.Println(n2, b2.name, *saved, savedBox.name)
	w := Wrapper{&Counter{}, "w"}
	fmt.Println(w.Both())
	f := w.Both
	fmt.Println(f())
	r := w.Run
	fmt.Println(r(true), r(false), w.hits)
	var fs []func() int
	for i := 0; i < 3; i++ {
		_, g := mk()
		fs = append(fs, g)
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
