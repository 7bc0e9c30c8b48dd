package main

import "fmt"

var table [256]uint32

func makeTable() {
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
}

func crc32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

func adler32(data []byte) uint32 {
	a, b := uint32(1), uint32(0)
	for _, x := range data {
		a = (a + uint32(x)) % 65521
		b = (b + a) % 65521
	}
	return b<<16 | a
}

func main() {
	makeTable()
	fmt.Println(table[1], table[255])
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"}
	for _, s := range inputs {
		fmt.Println(crc32([]byte(s)), adler32([]byte(s)))
	}
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Println(crc32(big), adler32(big))
}
