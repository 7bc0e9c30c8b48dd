package main

import "fmt"

func helper() int { return 1 }

func helper() int { return 2 }

func main() {
	var x int
	var x string
	fmt.Println(helper(), x)
}
