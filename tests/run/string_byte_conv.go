package main

import "fmt"

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b), len(b), cap(b) >= 5)

	// string(b) makes a copy: later writes to b do not change it
	t := string(b)
	b[1] = 'u'
	fmt.Println(t, string(b))

	// two conversions give independent byte slices
	b1 := []byte(s)
	b2 := []byte(s)
	b1[4] = '!'
	fmt.Println(string(b1), string(b2))

	fmt.Println(upper("Mixed Case 123 é"), upper(""))

	// building strings from bytes
	var buf []byte
	for c := byte('a'); c <= 'e'; c++ {
		buf = append(buf, c, c-32)
	}
	fmt.Println(string(buf), len(buf))

	// append a string to a byte slice
	buf = append(buf[:0], "xyz"...)
	buf = append(buf, " end"...)
	fmt.Println(string(buf))

	// non-ASCII bytes round-trip
	u := "日本"
	ub := []byte(u)
	fmt.Println(len(ub), ub[0], ub[5], string(ub) == u)
	ub[0]--
	fmt.Println(string(ub) == u, string(ub[3:]))

	// sub-slice conversions
	word := []byte("abcdefgh")
	fmt.Println(string(word[2:5]), string(word[:0]) == "", string(word[6:]))

	// compare byte-by-byte
	x, y := []byte("same"), []byte("same")
	eq := len(x) == len(y)
	for i := 0; eq && i < len(x); i++ {
		eq = x[i] == y[i]
	}
	fmt.Println(eq, string(x) == string(y))
}
