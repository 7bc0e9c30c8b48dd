package main

import "fmt"

func main() {
	var s uint = 33
	x := 1 << s
	var y int32 = 1 << s
	var z int64 = 1 << s
	fmt.Println(x, y, z)
	var u8 uint8 = 1
	fmt.Println(u8<<s, u8<<7, u8<<8>>1)
	const c = 1 << 10
	fmt.Println(c>>3, c<<52, ^0, ^uint8(0), -(-128))
	var k int = 3
	fmt.Println(1<<k+1, 1<<(k+1), 10>>k, -10>>k, -1<<k)
	var i64 int64 = -1 << 63
	fmt.Println(i64>>62, i64>>63, uint64(i64)>>62, i64<<1)
	var big uint64 = 200
	fmt.Println(int64(1)<<big, int64(-1)>>big, uint32(7)>>big)
	var sh int = 5
	fmt.Println(1<<sh, int8(3)<<sh, int8(3)<<(sh+1))
	var sh8 uint8 = 255
	fmt.Println(uint64(1)<<sh8, int64(-5)>>sh8)
}
