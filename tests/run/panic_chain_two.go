package main

import "fmt"

func inner() {
	defer fmt.Println("inner: deferred print before second panic")
	defer func() {
		fmt.Println("inner: about to panic again")
		panic("second")
	}()
	defer fmt.Println("inner: first deferred print")
	panic("first")
}

func main() {
	defer fmt.Println("main: deferred print still runs")
	fmt.Println("main start")
	inner()
	fmt.Println("not reached")
}
