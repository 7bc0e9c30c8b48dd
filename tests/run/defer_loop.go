package main

import "fmt"

var sum int
var order []int

func add(i int) {
	sum += i
	order = append(order, i)
}

func many(n int) {
	for i := 0; i < n; i++ {
		defer add(i)
	}
	fmt.Println("many body, sum so far", sum)
}

func closuresPerIteration() {
	for i := 0; i < 4; i++ {
		defer func() { fmt.Println("closure sees i =", i) }()
	}
	for _, s := range []string{"x", "y", "z"} {
		defer func() { fmt.Println("closure sees s =", s) }()
	}
	shared := 0
	for i := 0; i < 3; i++ {
		shared += 10
		defer func() { fmt.Println("closure sees shared =", shared, "i =", i) }()
	}
	shared = 1000
}

func closureMutatesLoopVar() {
	for i := 0; i < 3; i++ {
		defer func() {
			i *= 100
			fmt.Println("mutated copy", i)
		}()
	}
}

func nestedLoops() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			if (i+j)%2 == 0 {
				defer fmt.Println("nested", i, j)
			} else {
				defer func() { fmt.Println("nested closure", i, j) }()
			}
		}
	}
}

func labeled() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			defer fmt.Println("labeled", i, j)
		}
	}
	fmt.Println("labeled body end")
}

func main() {
	many(10000)
	fmt.Println("sum after many", sum, "count", len(order))
	fmt.Println("first", order[0], "last", order[len(order)-1])
	ok := true
	for k := 0; k < len(order); k++ {
		if order[k] != len(order)-1-k {
			ok = false
		}
	}
	fmt.Println("strict LIFO:", ok)
	closuresPerIteration()
	closureMutatesLoopVar()
	nestedLoops()
	labeled()
}
