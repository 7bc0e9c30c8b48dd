package main

import "fmt"

type N struct {
	V    int
	Next *N
}

func main() {
	n := &N{1, &N{2, nil}}
	s := fmt.Sprintf("%v", *n)
	fmt.Println(s[:3], len(s) > 5, fmt.Sprintf("%p", n) != "0x0", fmt.Sprintf("%v", N{}))
}
