package main

import "fmt"

func main() {
	a, b := true, false
	c := a + b
	s := "abc"
	d := -s
	fmt.Println(c, d)
}
