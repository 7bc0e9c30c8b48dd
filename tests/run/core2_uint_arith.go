package main

import "fmt"

func main() {
	var a uint8 = 0
	a--
	fmt.Println(a, a+1, a/3, a%7)
	var b uint16 = 1000
	fmt.Println(b*b, b*b/b, uint32(b)*uint32(b))
	var c uint32 = 4000000000
	fmt.Println(c+c, c*2/2, uint64(c)*2)
	var d uint64 = 18446744073709551615
	fmt.Println(d, d+1, d/10, d%10, d>>1, d/3*3)
	var e int16 = 32767
	e++
	fmt.Println(e, e-1, -e)
	var f int32 = 2147483647
	fmt.Println(f+1, f*2, f*f)
	var g int64 = 9223372036854775807
	fmt.Println(g+1, g*3, -g-1, (g+1)/2)
	var h uint = 10
	var k uint = 3
	fmt.Println(h-k, k-h, h/k, h%k, (k-h)/2)
	var bigDiv uint64 = 1 << 63
	fmt.Println(bigDiv/3, bigDiv%1000, int64(bigDiv)/3, int64(bigDiv)%1000)
	var m int8 = -7
	fmt.Println(m/2, m%2, m>>1, uint8(m)>>1, m&3, m|8)
	var r rune = 'z'
	r -= 25
	fmt.Println(r, string(r))
	var by byte = 'a'
	by += 255
	fmt.Println(by)
}
