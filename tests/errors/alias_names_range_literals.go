package main

type Bytes []byte

type T struct {
	m map[string]rune
	a [2]byte
}

func f() rune {
	return "x"
}

func main() {
	for _, r := range "abc" {
		r = "y"
		_ = r
	}
	bs := Bytes{1, 2}
	for i, x := range bs {
		x = "z"
		_, _ = i, x
	}
	t := T{m: map[string]rune{"a": "b"}, a: [2]byte{1, 1000}}
	_ = t
	var p *byte
	_ = p == 1
	x := []rune{'a', "b"}
	_ = x
	var e any
	var n int = e
	_ = n
}
