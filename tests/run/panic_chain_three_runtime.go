package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return "custom: " + e.msg }

var xs = []int{1, 2, 3}

func third() {
	fmt.Println("third defer runs; panicking with nil")
	panic(nil)
}

func main() {
	defer third()
	defer func() {
		i := len(xs) + 4
		fmt.Println("second defer indexes", i)
		fmt.Println(xs[i])
	}()
	defer fmt.Println("first deferred print")
	panic(&E{"original"})
}
