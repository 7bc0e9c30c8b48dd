package main

import "fmt"

func main() {
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1, i8*m1)
	var i16 int16 = -32768
	var m16 int16 = -1
	fmt.Println(i16/m16, i16%m16)
	var i32 int32 = -2147483648
	var m32 int32 = -1
	fmt.Println(i32/m32, i32%m32)
	var i64 int64 = -9223372036854775808
	var m64 int64 = -1
	fmt.Println(i64/m64, i64%m64)
	var u8 uint8 = 200
	fmt.Println(u8+100, u8*2, u8<<1, u8>>3, ^u8, -u8)
	var u16 uint16 = 65535
	fmt.Println(u16+1, u16*u16, u16>>15)
	var u32 uint32 = 1 << 31
	fmt.Println(u32<<1, u32>>31, u32*3)
	var s uint = 70
	var x int32 = 1
	fmt.Println(x<<s, int64(1)<<s, uint8(1)<<7)
	var y int64 = -1
	fmt.Println(y>>s, y>>63, uint64(y)>>63, int8(-128)>>s)
	var sh uint8 = 8
	fmt.Println(uint8(255)<<sh, uint16(255)<<sh, int16(-1)<<15)
	for _, v := range []int{7, -7} {
		for _, d := range []int{2, -2, 3, -3} {
			fmt.Print(v/d, " ", v%d, " | ")
		}
	}
	fmt.Println()
	var a uint64 = 0xdeadbeefcafebabe
	fmt.Println(a&0xffff, a|1, a^a, a&^0xff, a>>32, uint32(a), uint16(a), int8(a))
	fmt.Println(int32(int8(-5)), int64(uint32(0xffffffff)))
	var up uintptr = 12345
	fmt.Println(up*2, up-12346)
}
