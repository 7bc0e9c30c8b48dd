package main

import "fmt"

type T struct{ a, b int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.b)
}
