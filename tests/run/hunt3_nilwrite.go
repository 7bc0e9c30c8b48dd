package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	v, ok := m["y"]
	fmt.Println(v, ok)
	m["x"] = 1
	fmt.Println("unreachable")
}
