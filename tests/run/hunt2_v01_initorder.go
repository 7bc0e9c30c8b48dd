package main

import "fmt"

var (
	a = b + c
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(nums...)
var nums = []int{a, b, c, d}

var counter int

func f(s string) int {
	counter++
	fmt.Println("init", s, counter)
	return counter * 10
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init1", a, b, c, total)
	d = 100
}

var later = func() int { fmt.Println("later", d); return d + 1 }()

func init() {
	fmt.Println("init2", d, later)
}

func main() {
	fmt.Println("main", a, b, c, d, total, later, nums)
}
