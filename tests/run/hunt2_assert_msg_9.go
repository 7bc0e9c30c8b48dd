package main

import "fmt"

func main() {
	var x any = uint8(1)
	_, ok := x.(byte)
	fmt.Println(ok)
	_ = x.(byte)
}
