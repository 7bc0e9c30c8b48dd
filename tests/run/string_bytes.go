package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()

	// indexing yields a byte (uint8)
	b := s[1]
	b++
	fmt.Println(b, s[1], s[0] == 'h', s[len(s)-1])

	// count non-continuation bytes to count code points
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	fmt.Println("runes:", n)

	fmt.Println(len("日本語"), len("\u00e9"), len("\U0001F600"), len("\xff\xfe"), len(""))
	emoji := "\U0001F600"
	fmt.Println(emoji[0], emoji[1], emoji[2], emoji[3])

	// bytes of escapes
	esc := "a\tb\nc\\d\"e\x41\101\u0041"
	for i := 0; i < len(esc); i++ {
		fmt.Print(esc[i], ",")
	}
	fmt.Println(len(esc))

	// raw strings keep backslashes and newlines
	raw := `a\nb
c`
	fmt.Println(len(raw), raw[1], raw[4])
	fmt.Println(raw)

	// byte-level comparisons
	upper := 0
	word := "Hello World FOO bar"
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	fmt.Println(upper)

	// rune literal values
	fmt.Println('a', 'é', '世', '\n', '\x00', '\'')
}
