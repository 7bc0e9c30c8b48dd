package main

import "fmt"

func main() {
	x := []int{1, 2, 3}
	defer func() {
		fmt.Println(recover() != nil, x)
	}()
	x[0], x[5] = 100, 500
}
