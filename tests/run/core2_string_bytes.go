package main

import "fmt"

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func isPalin(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func upper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(reverse("hello, world"), reverse(""), reverse("a"))
	fmt.Println(isPalin("racecar"), isPalin("abca"), isPalin(""))
	parts := split("a,b,,c,", ',')
	fmt.Println(len(parts), parts)
	fmt.Println(upper("Hello World 123 xyz"))
	fmt.Println(indexOf("chicken", "ken"), indexOf("chicken", "dmr"), indexOf("", ""))
	s := "héllo"
	fmt.Println(len(s), s[1], s[2], string(s[1]), s[1:3])
	fmt.Println(string(rune(233)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)))
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a", "Z" < "a")
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, acc[1:], acc[:0] == "", acc[len(acc):])
	bs := []byte{72, 105, 0, 255}
	t := string(bs)
	bs[0] = 'X'
	fmt.Println(t, len(t), t[3], bs)
	fmt.Println(string([]byte{}) == "", []byte(""), []byte("hi"))
}
