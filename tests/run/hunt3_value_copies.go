package main

import "fmt"

type P struct{ a, b int }

type W struct{ p P }

var m = map[string]P{"x": {1, 2}}

func get() P { return m["x"] }

func main() {
	r := get()
	m["x"] = P{5, 5}
	fmt.Println("ret", r)
	var i any = m["x"]
	m["x"] = P{6, 6}
	fmt.Println("iface", i)
	w := W{m["x"]}
	m["x"] = P{7, 7}
	fmt.Println("lit", w)
	arr := [1]P{m["x"]}
	m["x"] = P{8, 8}
	fmt.Println("arr", arr)
	var q P
	var ok bool
	q, ok = m["x"]
	m["x"] = P{9, 9}
	fmt.Println("commaok-assign", q, ok)
	f := func() P { return m["x"] }
	z := f()
	m["x"] = P{10, 10}
	fmt.Println("closure", z)
	var s []P
	s = append(s, m["x"])
	m["x"] = P{11, 11}
	fmt.Println("append", s)
	mm := map[int]P{}
	mm[1] = m["x"]
	m["x"] = P{12, 12}
	fmt.Println("mapstore", mm)
	var y P
	y = m["x"]
	m["x"] = P{13, 13}
	fmt.Println("assign", y)
	a, b := m["x"], m["x"]
	m["x"] = P{14, 14}
	fmt.Println("multi", a, b)
	c, d := m["x"], 1
	m["x"] = P{15, 15}
	fmt.Println("multi2", c, d)
}
