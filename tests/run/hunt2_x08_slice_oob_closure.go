package main

import "fmt"

func main() {
	data := []int{1, 2, 3, 4}
	window := func(lo, hi int) []int { return data[lo:hi] }
	fmt.Println(window(1, 3))
	fmt.Println(window(3, 9))
}
