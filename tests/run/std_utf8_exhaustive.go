// Decodes every 1- and 2-byte sequence and every 3- and 4-byte sequence
// with an interesting leading byte, and prints a hash of the results.
package main

import (
	"fmt"
	"unicode/utf8"
)

var sum uint64 = 14695981039346656037

func mix(v int) {
	sum ^= uint64(v)
	sum *= 1099511628211
}

func one(p []byte) {
	r, n := utf8.DecodeRune(p)
	mix(int(r))
	mix(n)
	r, n = utf8.DecodeLastRune(p)
	mix(int(r))
	mix(n)
	mix(utf8.RuneCount(p))
	if utf8.Valid(p) {
		mix(1)
	}
	if utf8.FullRune(p) {
		mix(2)
	}
}

func main() {
	p := make([]byte, 4)
	for a := 0; a < 256; a++ {
		p[0] = byte(a)
		one(p[:1])
		for b := 0; b < 256; b++ {
			p[1] = byte(b)
			one(p[:2])
		}
	}
	fmt.Println("1-2 bytes", sum)
	for _, a := range []byte{0x7f, 0x80, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xff} {
		p[0] = a
		for b := 0x70; b < 0xd0; b++ {
			p[1] = byte(b)
			for c := 0x70; c < 0xd0; c += 3 {
				p[2] = byte(c)
				one(p[:3])
				p[3] = byte(0x7f + c%0x44)
				one(p[:4])
			}
		}
	}
	fmt.Println("3-4 bytes", sum)
	// The string forms agree with the slice forms.
	bad := 0
	for a := 0xc0; a < 0x100; a++ {
		for b := 0x7f; b < 0xc1; b++ {
			for _, c := range []byte{0x41, 0x80, 0xbf, 0xc0} {
				q := []byte{byte(a), byte(b), c, 0x9f}
				for k := 1; k <= 4; k++ {
					s := string(q[:k])
					r1, n1 := utf8.DecodeRune(q[:k])
					r2, n2 := utf8.DecodeRuneInString(s)
					r3, n3 := utf8.DecodeLastRune(q[:k])
					r4, n4 := utf8.DecodeLastRuneInString(s)
					if r1 != r2 || n1 != n2 || r3 != r4 || n3 != n4 ||
						utf8.RuneCount(q[:k]) != utf8.RuneCountInString(s) ||
						utf8.Valid(q[:k]) != utf8.ValidString(s) ||
						utf8.FullRune(q[:k]) != utf8.FullRuneInString(s) {
						bad++
					}
				}
			}
		}
	}
	fmt.Println("string forms differ:", bad)
	for r := rune(-2); r < 0x110002; r += 7 {
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		mix(n)
		mix(int(b[0])<<24 | int(b[1])<<16 | int(b[2])<<8 | int(b[3]))
		mix(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			mix(3)
		}
	}
	fmt.Println("encode", sum)
}
