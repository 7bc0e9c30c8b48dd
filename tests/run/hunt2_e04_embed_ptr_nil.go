package main

import "fmt"

type B struct{ x int }

func (b *B) Get() int {
	if b == nil {
		return -1
	}
	return b.x
}

type A struct {
	*B
	y int
}

func main() {
	a := A{}
	fmt.Println(a.Get())
	a.B = &B{4}
	fmt.Println(a.Get(), a.x)
	var a2 A
	fmt.Println(a2.x)
}
