package main

import "fmt"

const MaxInt64 = 1<<63 - 1
const MinInt64 = -1 << 63

func main() {
	var a int64 = MaxInt64
	a++
	fmt.Println(a, a == MinInt64)
	a--
	fmt.Println(a)

	var b int64 = MinInt64
	fmt.Println(-b, b/-1, b%-1, b*-1)

	var u uint64 = 1<<64 - 1
	fmt.Println(u, u+1, u*u, u*3)

	var i int = MaxInt64
	i += 1
	fmt.Println(i)

	var ui uint = 0
	ui--
	fmt.Println(ui, ui>>1, ui>>63)

	// FNV-1a 64
	h := uint64(14695981039346656037)
	s := "The quick brown fox"
	for k := 0; k < len(s); k++ {
		h ^= uint64(s[k])
		h *= 1099511628211
	}
	fmt.Println(h)

	// xorshift64
	x := uint64(88172645463325252)
	for k := 0; k < 4; k++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Print(x, " ")
	}
	fmt.Println()

	// factorials wrap
	f := int64(1)
	for k := int64(1); k <= 25; k++ {
		f *= k
		if k >= 19 {
			fmt.Print(f, " ")
		}
	}
	fmt.Println()

	var m uint64 = 0xdeadbeefcafebabe
	fmt.Println(m, int64(m), m>>32, uint32(m), int32(m))
}
