package main

import "fmt"

func main() {
	x := 10
	y := 20
	fmt.Println(y)
	for i := 0; i < 3; i++ {
		z := i * 2
	}
}
