package main

import "fmt"

type T struct{}

func main() {
	var x any
	v, ok := x.(T)
	fmt.Println(v, ok)
	_ = x.(T)
}
