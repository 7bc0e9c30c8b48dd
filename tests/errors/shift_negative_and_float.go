package main

import "fmt"

func main() {
	x := 1
	y := x << -1
	f := 2.5
	z := f << 1
	fmt.Println(y, z)
}
