package main

import "fmt"

func main() {
	var x any = 1
	t := x.(type)
	fmt.Println(t)
}
