package main

import "fmt"

func main() {
	x := 1
	fmt.Println(y)
	undefinedFunc(x)
	var p point
	_ = p
}
