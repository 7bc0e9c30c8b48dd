package main

import "fmt"

type Grid [3][4]int

func main() {
	var g Grid
	for i := range 3 {
		for j := range 4 {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g)

	sum := 0
	for _, row := range g {
		for j := range row {
			sum += row[j]
		}
	}
	fmt.Println(sum)

	// range over array: index and value
	letters := [5]string{"a", "b", "c", "d", "e"}
	for i, l := range letters {
		if i%2 == 0 {
			fmt.Print(l)
		}
	}
	fmt.Println()

	// range over an int expression evaluated once
	n := 4
	iters := 0
	for i := range n {
		n = 100
		iters++
		_ = i
	}
	fmt.Println(iters, n)

	// range over typed ints
	var u uint16 = 3
	for i := range u {
		fmt.Print(i*1000, " ")
	}
	fmt.Println()

	// zero and negative counts do not iterate
	c := 0
	for range 0 {
		c++
	}
	for range -5 {
		c++
	}
	fmt.Println(c)

	// range over a constant with untyped type is int
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)

	// triangular numbers, array filled by range
	var tri [10]int
	for i := range tri {
		if i > 0 {
			tri[i] = tri[i-1] + i
		}
	}
	fmt.Println(tri, len(tri))
}
