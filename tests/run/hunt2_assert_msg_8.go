package main

import "fmt"

func main() {
	var x any = []int{1}
	_, ok := x.(string)
	fmt.Println(ok)
	_ = x.(string)
}
