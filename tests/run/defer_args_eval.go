package main

import "fmt"

type pair struct{ a, b int }

func show(tag string, v int) { fmt.Println(tag, v) }

func showPair(tag string, p pair) { fmt.Println(tag, p.a, p.b) }

func showSlice(tag string, s []int) { fmt.Println(tag, s, len(s)) }

func showPtr(tag string, p *int) { fmt.Println(tag, *p) }

func showMap(tag string, m map[string]int) { fmt.Println(tag, len(m), m["k"]) }

var counter int

func next(tag string) int {
	counter++
	fmt.Println("evaluating", tag, "->", counter)
	return counter
}

func scalars() {
	x := 1
	defer show("x at defer", x)
	defer func() { show("x in closure", x) }()
	x = 2
	defer show("x at second defer", x)
	x = 3
	fmt.Println("scalars body x =", x)
}

func aggregates() {
	p := pair{1, 2}
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	n := 10
	m := map[string]int{"k": 1}
	defer showPair("pair copy", p)
	defer showSlice("slice header", s)
	defer fmt.Println("array copy", arr)
	defer showPtr("pointer", &n)
	defer showMap("map", m)
	p.a = 100
	s[0] = 100
	s = append(s, 4)
	arr[0] = 100
	n = 20
	m["k"] = 2
	m["z"] = 3
	fmt.Println("aggregates body", p, s, arr, n, len(m))
}

func order() {
	defer fmt.Println("args order", next("a"), next("b"), next("c"))
	fmt.Println("after defer statement, counter =", counter)
	defer show("second", next("d"))
	fmt.Println("order body end, counter =", counter)
}

func loopArgs() {
	total := 0
	for i := 0; i < 4; i++ {
		total += i
		defer fmt.Println("loop defer i =", i, "total =", total)
	}
	total = -1
	fmt.Println("loopArgs body total =", total)
}

func main() {
	scalars()
	aggregates()
	order()
	loopArgs()
	fmt.Println("final counter", counter)
}
