package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int32 = 1 << 30
	fmt.Println(b*2, b*4, b*3)
	var c int32 = -2147483648
	fmt.Println(-c, c/-1, c%-1, c-1)

	var u uint32 = 4294967295
	u++
	fmt.Println(u)
	u--
	fmt.Println(u, u*u, u+u)

	// LCG in uint32
	var x uint32 = 1
	for i := 0; i < 5; i++ {
		x = x*1664525 + 1013904223
		fmt.Print(x, " ")
	}
	fmt.Println()

	// FNV-1a 32
	h := uint32(2166136261)
	s := "hello world"
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	fmt.Println(h)

	// rune is int32
	var r rune = 0x7fffffff
	r += 2
	fmt.Println(r)

	// int32 multiplication overflow vs int64
	p, q := int32(123456), int32(654321)
	fmt.Println(p*q, int64(p)*int64(q), int32(int64(p)*int64(q)))
}
