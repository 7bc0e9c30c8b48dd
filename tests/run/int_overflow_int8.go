package main

import "fmt"

func add8(a, b int8) int8 { return a + b }
func mul8(a, b int8) int8 { return a * b }

func main() {
	var x int8 = 127
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)

	var y int8 = -128
	y = -y
	fmt.Println(y, -y)

	fmt.Println(add8(100, 100), add8(-100, -100), mul8(16, 16), mul8(-128, -1), mul8(15, 9))

	var z int8 = -128
	z /= -1
	fmt.Println(z)

	var acc int8
	for i := 0; i < 300; i++ {
		acc += 7
	}
	fmt.Println(acc)

	var u uint8 = 0
	u--
	fmt.Println(u)
	u += 10
	fmt.Println(u)
	var w uint8 = 200
	w *= 2
	fmt.Println(w)
	b := byte('z')
	b += 10
	fmt.Println(b)

	// comparisons after overflow
	var m int8 = 120
	n := m + 10
	fmt.Println(n < m, n)

	// shifts that overflow
	var s int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(s, " ")
		s <<= 1
	}
	fmt.Println()
	var t uint8 = 0x81
	fmt.Println(t<<1, t>>1, int8(t)>>1, ^t, -t)
}
