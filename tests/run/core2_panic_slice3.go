package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	i, j, k := 1, 4, 3
	fmt.Println(s[i:j:8])
	fmt.Println(s[i:j:k])
}
