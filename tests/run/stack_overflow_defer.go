package main

import "fmt"

// linear: a recursion whose frames hold a defer overflows without Go's
// "runtime: goroutine stack exceeds 1000000000-byte limit" line.
func rec(n int) int {
	defer func() {}()
	return rec(n+1) + 1
}

func main() {
	fmt.Println(rec(0))
}
