package main

func g(b []byte) {}

func main() {
	var r rune
	var b byte
	_ = r + b
	g("s")
	g(1, 2)
	var bs []byte = []rune("x")
	_ = bs
	m := map[byte]string{}
	m["k"] = "v"
	var a any
	_ = a.(int) + "x"
	var k [3]byte
	k[0] = -1
	_ = byte(300)
	h := func(x rune) byte { return x }
	_ = h
}
