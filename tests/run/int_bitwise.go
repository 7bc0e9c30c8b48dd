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

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)

	var x uint8 = 0xf0
	var y uint8 = 0x3c
	fmt.Println(x&y, x|y, x^y, x&^y, ^x, ^y)

	var s int32 = -1
	fmt.Println(s&0x7fffffff, s^1, ^s, s&^0xff)

	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(0xdeadbeef))
	fmt.Println(reverseBits8(1), reverseBits8(0xf0), reverseBits8(0xa5))

	// clear, set, toggle bits
	var flags uint16
	for i := uint(0); i < 16; i += 3 {
		flags |= 1 << i
	}
	fmt.Println(flags)
	flags &^= 1 << 3
	flags ^= 1 << 15
	fmt.Println(flags, flags&(1<<15) != 0, flags&(1<<3) != 0)

	// is power of two
	for _, n := range []int{1, 2, 3, 64, 96, 1024} {
		fmt.Print(n&(n-1) == 0, " ")
	}
	fmt.Println()

	// octal and hex literals, underscores
	fmt.Println(0o17, 017, 0x_FF, 1_000_000, 0b_1111_0000)

	// lowest set bit via two's complement
	v := int64(0x28)
	fmt.Println(v&-v, uint64(0xffff_0000_0000_0000)&^0xff00_0000_0000_0000)

	// compound operators
	z := 0xff
	z &= 0x0f
	z |= 0x100
	z ^= 0x3
	z &^= 0x1
	z <<= 2
	z >>= 1
	fmt.Println(z)
}
