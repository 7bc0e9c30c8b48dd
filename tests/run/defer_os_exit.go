package main

import (
	"fmt"
	"os"
)

func work() {
	defer fmt.Println("work: deferred before exit, never runs")
	defer func() {
		fmt.Println("work: deferred call exits with 3")
		os.Exit(3)
		fmt.Println("not reached")
	}()
	defer fmt.Println("work: deferred after exit registration, runs first")
	fmt.Println("work body")
}

func main() {
	defer fmt.Println("main: deferred, never runs")
	fmt.Println("main start")
	work()
	fmt.Println("main after work, never runs")
}
