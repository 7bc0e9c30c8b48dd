package main

import "fmt"

type T struct{ a, b int }

func take(t T) int { return t.a }

func ret(e *T) T { return *e }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover() != nil)
	}()
	f()
}

func main() {
	var e *T
	var s []T
	try("append", func() { s = append(s, *e) })
	try("assign", func() { x := *e; _ = x })
	try("iface", func() { var i any = *e; _ = i })
	try("arg", func() { take(*e) })
	try("map", func() { m := map[string]T{}; m["k"] = *e })
	try("slice", func() { s := make([]T, 1); s[0] = *e })
	try("return", func() { _ = ret(e) })
	try("lit", func() { _ = []T{*e} })
	try("field", func() { _ = e.a })
	try("arr", func() { var a *[3]int; _ = a[1] })
	try("arrcopy", func() { var a *[3]int; b := *a; _ = b })
	try("println", func() { fmt.Println(*e) })
	fmt.Println(len(s))
}
