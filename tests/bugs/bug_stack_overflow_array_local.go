package main

import "fmt"

// A recursion with an indexed local array: on gc each frame's array is a
// GC object, and the GC heap runs out before the wasm stack does, so gc
// reports "fatal error: runtime: out of memory" instead of the stack
// overflow (linear matches Go).
func rec(n int) int {
	var big [64]int
	big[n%64] = n
	return rec(n+1) + big[3]
}

func main() {
	fmt.Println(rec(0))
}
