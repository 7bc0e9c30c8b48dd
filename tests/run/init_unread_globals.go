package main

import "fmt"

func trace(s string) int {
	fmt.Println("init", s)
	return len(s)
}

type point struct{ x, y int }

// Unread, with side effects: the initializers still run, in order.
var a = trace("a")
var b, c = trace("b"), point{trace("c"), 2}

// Unread and pure: nothing to observe either way.
var table = [...]point{{1, 2}, {3, 4}}
var names = map[string]int{"x": 1, "y": 2}
var fn = func() int { return trace("never") }

// Read, pure, and depending on another pure one.
var base = []int{1, 2, 3}
var derived = &point{len(base), base[0]}

// Unread, but reading a global written by an init function first.
var snapshot = counter

var counter int

func init() {
	counter = 5
	fmt.Println("init func, counter", counter)
}

func main() {
	fmt.Println("main", *derived, counter)
}
