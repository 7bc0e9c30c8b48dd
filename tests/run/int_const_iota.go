package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	X, Y = iota, iota * 10
	Z, W
)

const big = 1 << 62
const huge = big * big // untyped: exact
const back = huge / big / big
const pi2 = 3.5 * 2

const typed int32 = 1000
const mask uint8 = 0xf0

const (
	c0 = 'a' + iota
	c1
	c2
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Sunday, Monday, Wednesday, Wednesday-Monday)
	fmt.Println(X, Y, Z, W)
	fmt.Println(big, back, pi2, int(pi2))
	fmt.Println(typed*2, mask>>4, ^mask)
	fmt.Println(c0, c1, c2, string([]byte{c0, c1, c2}))

	// untyped constant arithmetic is exact before conversion
	const t = 1 << 100 >> 98
	fmt.Println(t)
	const f = 7 / 2
	const g = 7 / 2.0
	fmt.Println(f, g)

	var i8 int8 = 127
	const k = 5
	fmt.Println(i8-k, k*i8/127)

	var d Weekday = 3
	fmt.Println(d == Wednesday, d+1, Weekday(1) == Monday)

	const maxU64 uint64 = 1<<64 - 1
	const minI64 = -1 << 63
	fmt.Println(maxU64, minI64, maxU64>>60)

	// iota in expression with skip
	const (
		p0 = iota * iota
		p1
		p2
		p3
	)
	fmt.Println(p0, p1, p2, p3)
}
