package main

import "fmt"

func work(d int) int {
	return 10 / d
}

func main() {
	defer fmt.Println("outer deferred print")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println("re-panicking the same value")
		panic(r)
	}()
	fmt.Println("work(2) =", work(2))
	fmt.Println("work(0) =", work(0))
}
