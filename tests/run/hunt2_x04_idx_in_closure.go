package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	get := func(i int) int { return s[i] }
	fmt.Println(get(2))
	s = s[:1]
	fmt.Println(get(2))
}
