package main

import "fmt"

type Op struct {
	name string
	f    func(int, int) int
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

var global func(int) int = double
var table = []func(int) int{double, square}

func double(x int) int { return x * 2 }
func square(x int) int { return x * x }

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	ops := []Op{{"add", add}, {"sub", sub}, {"mul", func(a, b int) int { return a * b }}}
	for _, op := range ops {
		fmt.Println(op.name, op.f(7, 3))
	}
	fmt.Println(global(21))
	global = square
	fmt.Println(global(5))
	fmt.Println(apply(table, 3))
	table = append(table, func(x int) int { return x - 1 })
	fmt.Println(apply(table, 3))
	var nf func()
	fmt.Println(nf == nil, global != nil)
	m := [2]func() string{func() string { return "zero" }, func() string { return "one" }}
	fmt.Println(m[1](), m[0]())
}
