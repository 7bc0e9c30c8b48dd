package main

import (
	"fmt"
	"unicode/utf8"
)

func show(name string, r rune, size int) {
	fmt.Println(name, r, size)
}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)

	inputs := []string{
		"", "a", "é", "€", "😀", "a€😀",
		"\xff", "\xc0\x80", "\xc2", "\xe2\x82", "\xe2\x82\xac\x80",
		"\xed\xa0\x80", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
		"\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80",
		"a\xffb", "\x80\x80\x80\x80\x80", "\xf0\x9f\x98",
	}
	for _, s := range inputs {
		b := []byte(s)
		r, n := utf8.DecodeRuneInString(s)
		show("first", r, n)
		r, n = utf8.DecodeRune(b)
		show("first bytes", r, n)
		r, n = utf8.DecodeLastRuneInString(s)
		show("last", r, n)
		r, n = utf8.DecodeLastRune(b)
		show("last bytes", r, n)
		fmt.Println("count", utf8.RuneCountInString(s), utf8.RuneCount(b))
		fmt.Println("valid", utf8.ValidString(s), utf8.Valid(b))
		fmt.Println("full", utf8.FullRuneInString(s), utf8.FullRune(b))
		var rs []rune
		for _, c := range s {
			rs = append(rs, c)
		}
		fmt.Println("runes", rs)
	}

	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, -0x7fffffff} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println("rune", r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}

	for b := 0; b < 256; b += 17 {
		fmt.Print(utf8.RuneStart(byte(b)), " ")
	}
	fmt.Println()

	// Walk a string rune by rune, forwards and backwards.
	s := "añ€😀\xffz"
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		fmt.Println(i, r, n)
		i += n
	}
	for j := len(s); j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		fmt.Println(j, r, n)
	}
	var out []byte
	for _, r := range []rune("h€llo, 世界") {
		out = utf8.AppendRune(out, r)
	}
	fmt.Println(string(out), len(out))
}
