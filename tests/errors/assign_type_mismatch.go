package main

import "fmt"

func main() {
	var n int = "hello"
	var s string
	s = 42
	fmt.Println(n, s)
}
