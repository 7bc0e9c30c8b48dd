package main

import "fmt"

var zero = 0.0


func main() {
	m8 := map[int8]int{}
	for i := -128; i <= 127; i++ {
		m8[int8(i)] = i
	}
	fmt.Println(len(m8), m8[-128], m8[127], m8[0], m8[-1])
	var x int8 = 127
	x++
	m8[x] += 1000
	fmt.Println(m8[-128])
	mu := map[uint64]string{uint64(1<<64-1): "max", 0: "zero", 1 << 63: "half", uint64(1<<64-1) - 1: "max-1"}
	fmt.Println(mu)
	fmt.Println(mu[uint64(1<<64-1)], mu[1<<63])
	m64 := map[int64]int{int64(-1<<63): 1, int64(1<<63-1): 2, -1: 3, 0: 4}
	fmt.Println(m64)
	mu8 := map[uint8]bool{255: true, 0: true, 128: false}
	var y uint8 = 255
	y++
	fmt.Println(mu8, mu8[y])
	m16 := map[int16]uint16{-32768: 65535, 32767: 0}
	m16[-32768]++
	m16[32767]--
	fmt.Println(m16)
	m32 := map[uint32]int32{4294967295: -2147483648}
	m32[4294967295]--
	fmt.Println(m32)
	mu16 := map[uint16]int{}
	for i := 0; i < 70000; i++ {
		mu16[uint16(i)]++
	}
	fmt.Println(len(mu16), mu16[0], mu16[4463], mu16[4464], mu16[65535])
	mi := map[int]int{}
	mi[-0] = 1
	fmt.Println(mi)
	mr := map[rune]byte{'a': 'A', 'é': 0xff}
	fmt.Println(mr)
	mup := map[uintptr]int{1: 1}
	fmt.Println(mup)
}
