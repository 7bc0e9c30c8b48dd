package main

import "fmt"

func run() {
	defer fmt.Println("outer deferred print runs during the panic")
	var f func()
	defer f()
	fmt.Println("deferred nil func registered")
	defer fmt.Println("inner deferred print runs first")
}

func main() {
	defer fmt.Println("main defer runs too")
	run()
	fmt.Println("not reached")
}
