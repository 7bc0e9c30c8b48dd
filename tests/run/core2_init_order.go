package main

import "fmt"

var (
	b = f("b", 2)
	c = f("c", 3)
	a = b + c
	d = 4
	table = []int{a, b, c, d}
	total = sum(table)


)

var counter int

func f(name string, v int) int {
	counter++
	fmt.Println("init", name, counter)
	return v * 10
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var x, y = pair()

func pair() (int, string) { return 7, "seven" }

var grid = [2][2]int{{a, b}, {c, d}}

func main() {
	fmt.Println(a, b, c, d, total, table, counter)
	fmt.Println(x, y, grid)
}
