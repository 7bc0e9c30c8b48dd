package main

import "fmt"

func peek() any { return recover() }

func main() {
	defer fmt.Println("deferred print runs before the crash")
	defer func() {
		fmt.Println("indirect recover (not called directly by the deferred func):", peek())
	}()
	fmt.Println("calling panic(nil)")
	panic(nil)
}
