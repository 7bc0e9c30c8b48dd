package main

import "fmt"

func main() {
	var x any = rune(1)
	_, ok := x.(int)
	fmt.Println(ok)
	_ = x.(int)
}
