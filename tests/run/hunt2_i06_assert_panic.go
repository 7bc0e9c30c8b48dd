package main

import "fmt"

type A struct{}

func (A) M() {}

type I interface{ M() }
type J interface{ N() }

func main() {
	var i I = A{}
	_, ok := i.(J)
	fmt.Println(ok)
	var x any = 3
	s, ok := x.(string)
	fmt.Println(s == "", ok)
	fmt.Println(x.(int))
	fmt.Println(x.(string))
}
