package main

import "fmt"

type S struct {
	cb func(int) int
}

func main() {
	s := S{}
	fmt.Println("before")
	if s.cb == nil {
		fmt.Println("nil cb")
	}
	s.cb = func(x int) int { return x + 1 }
	fmt.Println(s.cb(1))
	var g func(int) int
	fmt.Println(g(3))
}
