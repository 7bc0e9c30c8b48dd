package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func clz(x uint16) int {
	if x == 0 {
		return 16
	}
	n := 0
	for x&0x8000 == 0 {
		x <<= 1
		n++
	}
	return n
}

func rotl(x uint8, k uint) uint8 { return x<<(k&7) | x>>(8-k&7) }

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func main() {
	for _, v := range []uint64{0, 1, 0xff, 0xdeadbeef, ^uint64(0), 1 << 63} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()
	fmt.Println(reverseBits(1), reverseBits(0x80000000), reverseBits(0x12345678))
	fmt.Println(clz(0), clz(1), clz(0x8000), clz(0x00f0))
	for k := uint(0); k < 9; k++ {
		fmt.Print(rotl(0x81, k), " ")
	}
	fmt.Println()
	for _, v := range []int{0, 1, 2, 3, 64, 96, -8} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	var flags uint8
	const (
		A = 1 << iota
		B
		C
		D
	)
	flags |= A | C
	flags ^= B
	flags &^= A
	fmt.Println(flags, flags&C != 0, flags&A != 0)
	x := int32(-1)
	fmt.Println(uint32(x)>>28, x>>28, x<<31, ^x, -x^x)
	var m int64 = 0x0f0f0f0f0f0f0f0f
	fmt.Println(m<<4, m>>4, m&^0x0f, ^m)
	gray := func0(5)
	fmt.Println(gray)
}

func func0(n uint) []uint {
	var out []uint
	for i := uint(0); i < 1<<n; i += 5 {
		out = append(out, i^(i>>1))
	}
	return out
}
