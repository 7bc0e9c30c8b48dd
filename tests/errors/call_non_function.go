package main

import "fmt"

func main() {
	n := 5
	s := "str"
	fmt.Println(n(3), s())
}
