package main

import "fmt"

func makeCounter(start int) (func() int, func()) {
	c := start
	return func() int { return c }, func() { c++ }
}

func adder(n int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return n + a + b }
	}
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	get, inc := makeCounter(5)
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(adder(1)(2)(3))
	a3 := adder(100)
	f := a3(10)
	fmt.Println(f(1), f(2), a3(20)(3))
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	fmt.Println(even(10), odd(7), even(3))
}
