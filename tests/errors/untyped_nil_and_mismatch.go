package main

import "fmt"

func main() {
	x := nil
	var n int = nil
	var p *int
	var s string
	fmt.Println(x, n, p == s)
}
