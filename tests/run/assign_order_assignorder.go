package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func boom() int { panic("boom") }

type S struct{ a [3]int }

func main() {
	x := []int{1, 2, 3}
	var arr [3]int
	pa := &arr
	var s S
	try("slice pair", func() { x[0], x[5] = 100, 500 })
	fmt.Println(x)
	try("rhs panics first", func() { x[7] = boom() })
	try("array pair", func() {
		i := 4
		arr[1], arr[i] = 11, 44
	})
	fmt.Println(arr)
	try("ptr array pair", func() {
		i := -1 + len(x)*0
		pa[2], pa[i] = 22, 99
	})
	fmt.Println(arr)
	try("struct array", func() {
		i := 3
		s.a[0], s.a[i] = 7, 8
	})
	fmt.Println(s)
	try("swap", func() {
		x[0], x[1] = x[1], x[0]
	})
	fmt.Println(x)
	try("index uses old", func() {
		i := 0
		i, x[i] = 2, 9
	})
	fmt.Println(x)
	try("op assign", func() {
		j := 5
		x[j] += boom()
	})
	var np *[3]int
	try("nil array ptr", func() {
		x[2], np[0] = 33, 1
	})
	fmt.Println(x)
	m := map[string]int{}
	try("map then slice", func() {
		m["a"], x[9] = 1, 2
	})
	fmt.Println(m)
	try("slice then map", func() {
		var nm map[string]int
		x[1], nm["z"] = 55, 1
	})
	fmt.Println(x)
}
