package main

import "fmt"

func main() {
	for _, r := range []rune{0, 'A', 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd7ff, 0xdfff, 0xe000} {
		s := string(r)
		fmt.Print(len(s), ":")
		for i := 0; i < len(s); i++ {
			fmt.Print(" ", s[i])
		}
		fmt.Println()
	}
	var i64 int64 = 0x1F600
	var u8 uint8 = 200
	var i16 int16 = -5
	var big int64 = 1<<32 + 65
	fmt.Println(string(rune(i64)), string(rune(u8)), len(string(rune(i16))), string(rune(big)))
	bs := []byte{0xe4, 0xb8, 0x96, 0xe7, 0x95, 0x8c}
	fmt.Println(string(bs), len(string(bs)))
	fmt.Println(string(bs[:2]), len(string(bs[:2])))
}
