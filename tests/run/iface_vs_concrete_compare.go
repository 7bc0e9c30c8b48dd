package main

import "fmt"

// gowgc rejects comparing an interface with a non-interface value
// ("invalid operation: x == 3 (mismatched types interface{} and untyped int)");
// Go allows it when the concrete type implements the interface.
func main() {
	var x any = 3
	fmt.Println(x == 3, "a" != x)
}
