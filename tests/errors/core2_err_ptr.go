package main

type T struct{ x int }

func main() {
	var t T
	_ = *t
	p := &t
	_ = p.y
	var i int
	_ = &i.x
	_ = &5
	var pp **T = &p
	_ = pp.x
}
