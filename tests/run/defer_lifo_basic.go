package main

import "fmt"

var trace []string

func note(s string) {
	trace = append(trace, s)
	fmt.Println("note", s)
}

func three() {
	defer note("three-1")
	defer note("three-2")
	defer note("three-3")
	fmt.Println("three body")
}

func nested() int {
	defer note("nested-outer")
	x := func() int {
		defer note("inner-closure")
		fmt.Println("inside closure")
		return 7
	}()
	fmt.Println("closure returned", x)
	defer note("nested-after")
	return x * 2
}

func early(n int) string {
	defer note("early-always")
	if n < 0 {
		defer note("early-neg")
		return "negative"
	}
	if n == 0 {
		return "zero"
	}
	defer note("early-pos")
	for i := 0; i < n; i++ {
		if i == 2 {
			return "stopped at 2"
		}
	}
	return "small"
}

func blockScope() {
	for i := 0; i < 2; i++ {
		{
			defer note("block")
		}
		fmt.Println("after block", i)
	}
	fmt.Println("blockScope end")
}

func main() {
	defer fmt.Println("main deferred last line")
	three()
	fmt.Println("nested ->", nested())
	fmt.Println(early(-1))
	fmt.Println(early(0))
	fmt.Println(early(1))
	fmt.Println(early(5))
	blockScope()
	fmt.Println("trace length", len(trace))
	for i, s := range trace {
		fmt.Println(i, s)
	}
	fmt.Println("main end")
}
