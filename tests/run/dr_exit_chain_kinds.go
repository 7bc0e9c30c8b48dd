package main

import "fmt"

type F float64
type B bool
type U uint8

func main() {
	defer func() { panic(U(255)) }()
	defer func() { panic(B(true)) }()
	defer func() { panic(F(1.5)) }()
	defer func() { panic(3.25) }()
	defer func() { panic(uint64(18446744073709551615)) }()
	defer func() { panic(int8(-5)) }()
	defer func() { panic('x') }()
	fmt.Println("start")
	panic("multi")
}
