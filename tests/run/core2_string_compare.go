package main

import "fmt"

func main() {
	strs := []string{"", "a", "A", "ab", "\xff", "\x80abc", "é", "e\u0301", "zz", "a\x00"}
	for _, a := range strs {
		line := ""
		for _, b := range strs {
			switch {
			case a < b:
				line += "<"
			case a > b:
				line += ">"
			default:
				line += "="
			}
		}
		fmt.Println(line, len(a))
	}
	s := "hello world"
	fmt.Println(s[:5] == "hello", s[6:] >= "world", s[0:0] == s[5:5])
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b) != s, string(b[6:]) == s[6:])
	x := "abc"
	y := "ab" + "c"
	fmt.Println(x == y, x <= y, x >= y)
}
