package main

import "fmt"

type Bag struct {
	Items []int
}

func main() {
	a := Bag{[]int{1}}
	b := Bag{[]int{1}}
	fmt.Println(a == b)
	x := []int{1}
	y := []int{1}
	fmt.Println(x == y)
}
