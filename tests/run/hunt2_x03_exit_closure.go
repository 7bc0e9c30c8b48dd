package main

import (
	"fmt"
	"os"
)

func main() {
	codes := []int{0, 3}
	die := func(i int) {
		fmt.Println("dying with", codes[i])
		os.Exit(codes[i])
	}
	for i := range 3 {
		if i == 1 {
			die(i)
		}
		fmt.Println(i)
	}
}
