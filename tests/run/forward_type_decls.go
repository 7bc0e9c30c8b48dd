package main

import "fmt"

type RW interface{ R }
type R interface{ Read() string }
type B struct{}

func (B) Read() string { return "ok" }

type A C
type C int

type M map[K]int
type K struct{ x, y int }

type Al = Later
type Later struct{ n int }

func main() {
	var x RW = B{}
	fmt.Println(x.Read())
	var a A = 3
	fmt.Println(a + 1)
	m := M{K{1, 2}: 3}
	fmt.Println(m)
	fmt.Println(Al{5})
}
