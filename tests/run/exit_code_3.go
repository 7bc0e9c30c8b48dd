package main

import (
	"fmt"
	"os"
)

func check(v int) {
	if v > 3 {
		fmt.Println("too big:", v)
		os.Exit(3)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("value", i)
		check(i)
	}
	fmt.Println("not reached")
}
