package main

import "fmt"

func main() {
	var a int8
	a = 300
	var b uint8 = -1
	const big = 1 << 70
	var c int = big
	fmt.Println(a, b, c)
}
