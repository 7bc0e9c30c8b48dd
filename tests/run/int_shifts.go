package main

import "fmt"

func main() {
	var one int64 = 1
	for _, n := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 200} {
		fmt.Print(one<<n, " ")
	}
	fmt.Println()

	var neg int64 = -256
	for _, n := range []uint{0, 1, 4, 8, 9, 63, 64, 100} {
		fmt.Print(neg>>n, " ")
	}
	fmt.Println()

	var big uint64 = 1 << 63
	for _, n := range []uint{0, 1, 63, 64, 70} {
		fmt.Print(big>>n, " ")
	}
	fmt.Println()

	// shifts of small types: count beyond width
	var b int8 = -1
	var ub uint8 = 0xff
	for n := uint(0); n < 10; n += 3 {
		fmt.Print(b<<n, " ", b>>n, " ", ub<<n, " ", ub>>n, "; ")
	}
	fmt.Println()

	var h int16 = -32768
	var uh uint16 = 0x8000
	fmt.Println(h>>15, h>>16, uh>>15, uh>>16, h<<1, uh<<1)

	var w int32 = 0x40000000
	fmt.Println(w<<1, w<<2, w>>30, int32(-7)>>1, uint32(0xffffffff)>>31)

	// shift count of different types, including signed counts (must be >= 0)
	var c8 uint8 = 3
	var c16 int16 = 4
	var c64 int = 5
	x := 1000
	fmt.Println(x<<c8, x>>c16, x<<c64, x>>c64)

	// shifted constant expression with typed result
	var s uint = 33
	var r uint32 = 1
	fmt.Println(r<<s, uint64(r)<<s)

	// arithmetic shift rounds toward negative infinity, division toward zero
	for _, v := range []int{-7, -8, -9, 7} {
		fmt.Print(v>>1, " ", v/2, "  ")
	}
	fmt.Println()
}
