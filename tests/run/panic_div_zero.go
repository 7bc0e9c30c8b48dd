package main

import "fmt"

func avg(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3, 6}))
	fmt.Println(avg([]int{-5, 5}))
	var empty []int
	fmt.Println(avg(empty))
	fmt.Println("unreachable")
}
