package main

import (
	"fmt"
	"os"
)

func main() {
	a := 1
	b, c := 2, 3
	_ = c
	for i := 0; i < 3; i++ {
		d := i
	}
	fmt.Println()
}
