package main

import "fmt"

func one() int {
	return 1, 2
}

func two() (int, int) {
	return 1
}

func main() {
	fmt.Println(one(), two)
}
