package main

import "fmt"

type T struct{ a int }

func main() {
	a := 1
	b := 2
	c := []int{1}
	d := T{}
	e := "s"
	f := 3
	g := 4
	h := 5
	undefinedFn(a, b)
	var t T
	t.nosuch(c)
	fmt.Println(d.zz, e+1)
	var s string = f
	x := g + "str"
	_ = x
	h.foo()
}
