package main

import "fmt"

func main() {
	v := int64(-1)
	fmt.Println(int8(v), int16(v), int32(v), uint8(v), uint16(v), uint32(v), uint64(v))

	w := int64(0x123456789abcdef0)
	fmt.Println(int8(w), int16(w), int32(w), uint8(w), uint16(w), uint32(w))

	// sign extension from small signed types
	var a int8 = -5
	fmt.Println(int16(a), int32(a), int64(a), int(a), uint8(a), uint16(a), uint32(a), uint64(a))

	// zero extension from unsigned
	var b uint8 = 0xfb
	fmt.Println(int8(b), int16(b), int32(b), int64(b), uint16(b), uint64(b))

	var c uint16 = 0x8001
	fmt.Println(int16(c), int8(c), uint8(c), int32(c), int32(int16(c)))

	var d uint32 = 0x80000000
	fmt.Println(int32(d), int64(d), int64(int32(d)), int16(d), uint64(d))

	var e int32 = -2147483648
	fmt.Println(uint32(e), uint64(e), uint64(uint32(e)), int8(e))

	// round trips
	for _, x := range []int{-129, -128, -1, 0, 127, 128, 255, 256, 65535, 65536} {
		fmt.Print(int8(x), ",", uint8(x), ",", int16(x), ",", uint16(x), " ")
	}
	fmt.Println()

	// byte / rune conversions
	s := "Go"
	bb := s[0]
	r := rune(bb) + 1
	fmt.Println(bb, r, byte(r+256), int(s[1])-int(s[0]))

	// uintptr
	var p uintptr = 1 << 20
	p += 12
	fmt.Println(p, uint64(p), uintptr(v) > 0)

	// conversions in expressions of mixed constants
	const k = 1000
	fmt.Println(int8(k%256-256), uint8(k&0xff), int16(k*30))
}
