package main

import "fmt"

func main() {
	// byte and rune are aliases of uint8 and int32
	var b byte = 200
	var u uint8 = b
	var r rune = -5
	var i32 int32 = r
	fmt.Println(b, u, r, i32)

	// increment/decrement on each size
	var a1 int8 = 126
	var a2 int16 = 32766
	var a3 int32 = 2147483646
	var a4 int64 = 9223372036854775806
	var a5 uint8 = 254
	var a6 uint16 = 65534
	var a7 uint32 = 4294967294
	var a8 uint64 = 18446744073709551614
	for k := 0; k < 3; k++ {
		a1++
		a2++
		a3++
		a4++
		a5++
		a6++
		a7++
		a8++
		fmt.Println(a1, a2, a3, a4, a5, a6, a7, a8)
	}

	// mixing via conversions
	sum := int64(a1) + int64(a2) + int64(a3) + int64(a5) + int64(a6) + int64(a7)
	fmt.Println(sum)

	// comparisons of unsigned vs signed after conversion
	var neg int32 = -1
	fmt.Println(uint32(neg) > 0, neg < 0, uint8(neg) == 255)

	// uintptr arithmetic
	var base uintptr = 4096
	off := uintptr(3) * 8
	fmt.Println(base+off, (base+off)&^7, base>>12)

	// int and uint (64-bit here)
	var n int = -1
	var un uint = uint(n)
	fmt.Println(un, un+2, int(un>>1))

	// abs, min/max by hand
	vals := []int16{-300, 200, -32768, 32767, 0}
	var mn, mx int16 = 32767, -32768
	for _, v := range vals {
		if v < mn {
			mn = v
		}
		if v > mx {
			mx = v
		}
		if v < 0 {
			v = -v
		}
		fmt.Print(v, " ")
	}
	fmt.Println(mn, mx)
}
