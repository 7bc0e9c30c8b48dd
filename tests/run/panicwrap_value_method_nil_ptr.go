package main

import "fmt"

type T int

func (t T) F() int { return int(t) }

func (t T) E() {}

//go:noinline
func (t T) N() int { return int(t) }

type I interface {
	F() int
	E()
	N() int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
	}()
	f()
}

var gi I = (*T)(nil)

func main() {
	try("gF", func() { gi.F() })
	try("gE", func() { gi.E() })
	try("gN", func() { gi.N() })
}
