package main

import "fmt"

func div(a, b int32) int32 { return a / b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
}
