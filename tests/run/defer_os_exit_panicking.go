package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main: never runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "- exiting with 4 anyway")
		os.Exit(4)
	}()
	defer func() {
		fmt.Println("first defer during panic, not recovering")
	}()
	fmt.Println("about to panic")
	var xs []int
	fmt.Println(xs[3])
}
