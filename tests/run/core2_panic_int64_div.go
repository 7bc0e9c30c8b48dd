package main

import "fmt"

func main() {
	var x int64 = -9223372036854775808
	var y int64 = -1
	fmt.Println(x/y, x%y)
	y++
	fmt.Println(x / y)
}
