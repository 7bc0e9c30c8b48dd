package main

import "fmt"

// A recursion with an indexed local array: gc traps with "GC heap out of
// memory" (raw wasm trap text), linear lacks the "runtime: goroutine stack
// exceeds 1000000000-byte limit" line.
func rec(n int) int {
	var big [64]int
	big[n%64] = n
	return rec(n+1) + big[3]
}

func main() {
	fmt.Println(rec(0))
}
