package main

import "fmt"

func main() {
	var x any = func(int) int(nil)
	_, ok := x.(int)
	fmt.Println(ok)
	_ = x.(int)
}
