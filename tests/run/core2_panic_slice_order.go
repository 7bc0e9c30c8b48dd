package main

import "fmt"

func main() {
	s := "hello"
	i, j := 3, 2
	fmt.Println(s[i:])
	fmt.Println(s[i:j])
}
