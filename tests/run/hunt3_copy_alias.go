package main

import "fmt"

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}

func replace(m map[int]int) {
	m = map[int]int{99: 99}
	m[100] = 100
}

func ret() map[string]int {
	return map[string]int{"r": 1}
}

func main() {
	m := map[int]int{}
	fill(m, 50)
	fmt.Println(len(m))
	replace(m)
	fmt.Println(len(m), m[99])
	a := m
	delete(a, 3)
	fmt.Println(len(m))
	clear(a)
	fmt.Println(len(m), m)
	fmt.Println(ret()["r"], len(ret()))
	cp := map[string]int{}
	src := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range src {
		cp[k] = v
	}
	cp["a"] = 100
	fmt.Println(src, cp)
	var n map[int]int
	n = make(map[int]int, 1000)
	fmt.Println(len(n))
	z := make(map[int]int, 0)
	z[1] = 1
	fmt.Println(z)
	h := 7
	w := make(map[string]bool, h)
	w["x"] = true
	fmt.Println(w)
}
