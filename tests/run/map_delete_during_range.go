package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	visited := 0
	for k := range m {
		visited++
		delete(m, k)
	}
	fmt.Println(visited, len(m))
}
