package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never runs")
	defer func() {
		fmt.Println("exiting with 5 while a panic is in flight; no panic message")
		os.Exit(5)
	}()
	panic("this message is never printed")
}
