package main

import "fmt"

func main() {
	var x any = new(int)
	_, ok := x.(*string)
	fmt.Println(ok)
	_ = x.(*string)
}
