package main

import "fmt"

const limit = 10

func get() int { return 1 }

func main() {
	s := "hello"
	s[0] = 'j'
	limit = 20
	get() = 3
	fmt.Println(s)
}
