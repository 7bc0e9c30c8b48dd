package main

import "fmt"

func main() {
	n := 4
	a := make([]int, n)
	fmt.Println(a)
	n -= 10
	b := make([]int, n)
	fmt.Println(b)
}
