package main

import "fmt"

func name() string {
	return 42
}

func pair() (int, bool) {
	return true, 1
}

func main() {
	fmt.Println(name())
	fmt.Println(pair())
}
