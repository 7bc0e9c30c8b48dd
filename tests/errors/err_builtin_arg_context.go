package main

import "fmt"

func main() {
	fmt.Println(1 << 64)
	println(1 << 70)
	var b []byte
	b = append(b, 256)
}
