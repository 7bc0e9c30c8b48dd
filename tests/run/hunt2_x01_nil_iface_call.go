package main

import "fmt"

type I interface{ M() int }

type T struct{ I }

func main() {
	var t T
	fmt.Println("calling")
	fmt.Println(t.I == nil)
	var i I
	fmt.Println(i.M())
}
