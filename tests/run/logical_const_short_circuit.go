package main

import "fmt"

var calls int

func f(r bool) bool { calls++; fmt.Println("f called"); return r }

const debug = false

func main() {
	if true || f(true) {
		fmt.Println("a")
	}
	if false && f(true) {
		fmt.Println("b")
	}
	x := true || f(false)
	y := false && f(true)
	z := false || f(true)
	w := true && f(false)
	fmt.Println(x, y, z, w, calls)
	if debug && f(true) {
		fmt.Println("debug")
	}
	c := true || false
	d := !debug || f(true)
	fmt.Println(c, d, calls)
	n := 0
	if false || n == 0 && true {
		fmt.Println("mixed")
	}
}
