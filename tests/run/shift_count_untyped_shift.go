package main

import "fmt"

func main() {
	var x int = 1
	var s uint = 2
	fmt.Println(x<<(1.<<x), x<<(2.0<<x), x<<(1<<s), 1<<(1<<s))
	var y int64 = 3
	y <<= 1 << s
	fmt.Println(y, y>>(1.0<<x))
}
