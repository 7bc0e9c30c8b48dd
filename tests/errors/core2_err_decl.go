package main

func f() {}
func f() {}

var v int
var v string

type T struct{}
type T int

func main() {
	var x, y int = 1
	_, _ = x, y
}
