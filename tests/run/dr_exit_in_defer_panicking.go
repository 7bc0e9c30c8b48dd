package main

import (
	"fmt"
	"os"
)

type E struct{ code int }

func (e E) Error() string { return "E" }

func cleanup(code int) {
	fmt.Println("cleanup with", code)
	print("stderr line\n")
	os.Exit(code)
}

func work(n int) {
	defer fmt.Println("work defer", n)
	if n == 0 {
		panic(E{4})
	}
	work(n - 1)
}

func main() {
	defer fmt.Println("never printed")
	defer func() {
		fmt.Println("no recover, panic in flight")
		defer cleanup(5)
		panic("second")
	}()
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	work(3)
}
