package main

import "fmt"

func get() int { return 1 }

func main() {
	p := &get()
	q := &42
	fmt.Println(p, q)
}
