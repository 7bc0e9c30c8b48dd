package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 3 {
		fmt.Println("too big", n)
		println("stderr msg")
		os.Exit(n)
	}
}

func main() {
	for i := 0; ; i++ {
		fmt.Print(i, " ")
		check(i)
	}
}
