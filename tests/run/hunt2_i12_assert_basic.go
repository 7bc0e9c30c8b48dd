package main

import "fmt"

type MyInt int

func main() {
	var x any = MyInt(4)
	fmt.Println(x)
	_, ok := x.(int)
	fmt.Println(ok)
	var e error
	var y any = e
	fmt.Println(y == nil)
	_ = x.(int)
}
