package main

import "fmt"

func main() {
	var i8 int8 = 127
	var u16 uint16 = 65535
	var f32 float32 = 1.5
	var r rune = 'x'
	var b byte = 200
	var bo bool
	var c complexStruct
	bump := func() {
		i8++
		u16++
		f32 *= 2
		r++
		b += 100
		bo = !bo
		c.arr[2] = 7
		c.name += "z"
	}
	bump()
	fmt.Println(i8, u16, f32, r, b, bo, c)
	bump()
	fmt.Println(i8, u16, f32, string(r), b, bo, c)
	p := &c.arr[1]
	setp := func(v int) { *p = v }
	setp(55)
	fmt.Println(c.arr)
	s := c.arr[:]
	mod := func() { s[0] = -1 }
	mod()
	fmt.Println(c.arr, s)
}

type complexStruct struct {
	arr  [3]int
	name string
}
