package main

import "fmt"

type Op interface{ Apply(a, b int) int }
type Div struct{}

func (Div) Apply(a, b int) int { return a / b }

func main() {
	var o Op = Div{}
	fmt.Println(o.Apply(7, 2))
	zero := 0
	fmt.Println(o.Apply(1, zero))
}
