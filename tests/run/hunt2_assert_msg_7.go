package main

import "fmt"

func main() {
	var x any = []*int{}
	_, ok := x.([]int)
	fmt.Println(ok)
	_ = x.([]int)
}
