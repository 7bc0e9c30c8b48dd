package main

import "fmt"

type T struct {
	a int
	b [3]int
}

var p *int
var tp *T

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("&*p", func() { q := &*p; fmt.Println(q == nil) })
	try("&(*p)", func() { q := &(*p); fmt.Println(q == nil) })
	try("&tp.a", func() { q := &tp.a; fmt.Println(q == nil) })
	try("&tp.b[1]", func() { q := &tp.b[1]; fmt.Println(q == nil) })
	try("&*tp", func() { q := &*tp; fmt.Println(q == nil) })
	x := 5
	p = &x
	try("ok", func() { q := &*p; *q = 6; fmt.Println(x) })
}
