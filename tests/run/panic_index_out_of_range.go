package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	total := 0
	for i := 0; i < 10; i++ {
		fmt.Println("reading", i)
		total += get(s, i+2)
	}
	fmt.Println(total)
}
