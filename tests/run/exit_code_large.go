package main

import (
	"fmt"
	"os"
)

func main() {
	code := 0
	for i := 1; i <= 10; i++ {
		code += i
	}
	fmt.Println("exit with", code+45)
	os.Exit(code + 45)
}
