package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	p := P{X: 1, Z: 3}
	q := P{1, 2, 3}
	fmt.Println(p, q)
}
