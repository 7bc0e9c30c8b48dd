package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	a, b := pair(), 3
	x, y := 1
	fmt.Println(a, b, x, y)
}
