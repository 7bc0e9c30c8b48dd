package main

import "fmt"

// P points to a P: *P and P share one representation.
type P *P

func chain(n int) *P {
	if n == 0 {
		return nil
	}
	p := P(chain(n - 1))
	return &p
}

func depth(p P) int {
	n := 0
	for p != nil {
		p = *p
		n++
	}
	return n
}

func main() {
	c := chain(1000)
	fmt.Println(c != nil, depth(P(c)))
	var self P
	self = P(&self)
	fmt.Println(*self == self)
}
