package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	n := int("123")
	p := Point{1, 2}
	f := float64(p)
	fmt.Println(n, f)
}
