package main

import "fmt"

type P struct{ a, b int }

func main() {
	m := map[string]P{"x": {1, 2}, "y": {3, 4}}
	m["x"], m["y"] = m["y"], m["x"]
	fmt.Println(m)
	a := map[int][2]int{1: {1, 1}, 2: {2, 2}}
	a[1], a[2] = a[2], a[1]
	fmt.Println(a)
}
