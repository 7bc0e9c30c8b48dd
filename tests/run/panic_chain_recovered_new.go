package main

import "fmt"

type Code int

func main() {
	defer fmt.Println("last deferred print")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Code(r.(int) + 1))
	}()
	fmt.Println("panicking with 41")
	panic(41)
}
