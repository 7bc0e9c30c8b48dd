package main

import "fmt"

type Buf struct {
	data []byte
	r    rune
}

type Bytes []byte

func put(b byte, rs ...rune) rune { return rs[0] + rune(b) }

func get() (byte, error) { return 0, nil }

func main() {
	var b byte = 256
	var bs []byte
	bs = append(bs, 300)
	bs[0] = "x"
	var v any = 1
	_ = v + 1
	c := 'a'
	c = "s"
	s := "hi"
	var i int = s[0]
	put(1, 2, "r")
	var buf Buf
	buf.data = "str"
	buf.r = 1.5
	fmt.Println(b, bs, v, c, i, buf)
}
