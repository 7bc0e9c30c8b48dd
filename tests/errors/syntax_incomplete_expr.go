package main

import "fmt"

func main() {
	y := (3 + )
	fmt.Println(y)
}
