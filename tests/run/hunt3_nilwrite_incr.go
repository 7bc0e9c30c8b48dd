package main

import "fmt"

type S struct {
	m map[int]int
}

func main() {
	s := S{}
	fmt.Println(s.m == nil)
	s.m[3]++
	fmt.Println("unreachable")
}
