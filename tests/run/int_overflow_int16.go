package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int16 = 300
	c *= 300
	fmt.Println(c)
	var d int16 = -32768
	fmt.Println(d/-1, d%-1, -d)

	var u uint16 = 65535
	u++
	fmt.Println(u)
	u -= 2
	fmt.Println(u)
	var v uint16 = 0x1234
	fmt.Println(v*v, v<<4, v>>4, v<<8|v>>8)

	// fibonacci in int16 until it wraps
	x, y := int16(0), int16(1)
	for i := 0; i < 26; i++ {
		x, y = y, x+y
	}
	fmt.Println(x, y)

	// sum in uint16
	var sum uint16
	for i := 0; i < 1000; i++ {
		sum += uint16(i)
	}
	fmt.Println(sum)
	var hash uint16 = 5381
	s := "overflow"
	for i := 0; i < len(s); i++ {
		hash = hash*33 + uint16(s[i])
	}
	fmt.Println(hash)
}
