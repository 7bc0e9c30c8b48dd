package main

import "fmt"

// gowgc: frontend stack overflow on a recursive func type.
type StateFn func(n int) StateFn

func count(n int) StateFn {
	fmt.Println(n)
	if n == 0 {
		return nil
	}
	return count
}

func main() {
	var f StateFn = count
	for n := 3; f != nil; n-- {
		f = f(n)
	}
}
