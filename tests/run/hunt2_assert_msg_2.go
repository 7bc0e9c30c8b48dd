package main

import "fmt"

func main() {
	var x any = [3][2]int{}
	_, ok := x.(int)
	fmt.Println(ok)
	_ = x.(int)
}
