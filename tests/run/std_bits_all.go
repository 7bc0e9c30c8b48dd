package main

import (
	"fmt"
	"math/bits"
)

var vals64 = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x12345678, 0x80000000, 0xffffffff,
	0x100000000, 0x123456789abcdef0, 0x8000000000000000, 0xfedcba9876543210, 0xffffffffffffffff, 0x7fffffffffffffff}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	fmt.Println("UintSize", bits.UintSize)
	for _, x := range vals64 {
		fmt.Println("x", x)
		fmt.Println(" lz", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x))
		fmt.Println(" tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x))
		fmt.Println(" oc", bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Println(" len", bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x))
		fmt.Println(" rev", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x))
		fmt.Println(" revb", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 5, 8, 13, 31, 32, 63, 64, 65, -1, -7, -64, -100} {
			fmt.Println(" rot", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
	}
	for i, x := range vals64 {
		y := vals64[(i*7+3)%len(vals64)]
		for c := uint64(0); c < 2; c++ {
			s, co := bits.Add64(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			su, cu := bits.Add(uint(x), uint(y), uint(c))
			du, bu := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Println("addsub", x, y, c, s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
		}
		hi, lo := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		hu, lu := bits.Mul(uint(x), uint(y))
		fmt.Println("mul", x, y, hi, lo, h32, l32, hu, lu)
		if y != 0 {
			q, r := bits.Div64(hi%y, lo, y)
			fmt.Println("div64", hi%y, lo, y, q, r, bits.Rem64(hi, lo, y))
			qu, ru := bits.Div(uint(hi%y), uint(lo), uint(y))
			fmt.Println("div", qu, ru, bits.Rem(uint(hi), uint(lo), uint(y)))
		}
		if uint32(y) != 0 {
			q, r := bits.Div32(uint32(x)%uint32(y), uint32(lo), uint32(y))
			fmt.Println("div32", q, r, bits.Rem32(uint32(x), uint32(lo), uint32(y)))
		}
	}
	// Div64 against multiplication: (q*y + r) == (hi, lo)
	seed := uint64(12345)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	okCount := 0
	for i := 0; i < 2000; i++ {
		y := next() >> (next() % 64)
		if y == 0 {
			y = 1
		}
		hi := next() % y
		lo := next()
		q, r := bits.Div64(hi, lo, y)
		ph, pl := bits.Mul64(q, y)
		pl, c := bits.Add64(pl, r, 0)
		ph += c
		if ph == hi && pl == lo && r < y {
			okCount++
		}
	}
	fmt.Println("div64 identity ok:", okCount)
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	fmt.Println("Rem64 no overflow panic:", bits.Rem64(10, 3, 7), bits.Rem32(10, 3, 7), bits.Rem(10, 3, 7))
}
