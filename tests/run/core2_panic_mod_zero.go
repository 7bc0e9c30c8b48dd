package main

import "fmt"

func main() {
	var a uint8 = 7
	var b uint8 = 0
	fmt.Println(a / 3)
	fmt.Println(a % b)
}
