package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	n := 0
	for i := range 10 {
		n += i
	}
	if n != 45 {
		os.Exit(1)
	}
	os.Exit(0)
	fmt.Println("after exit")
}
