package main

import "fmt"

func main() {
	s := "héllo, 世界! 🎉"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(len(s), n)
	// Invalid UTF-8: each bad byte is U+FFFD with a one-byte step.
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d\xf4\x90\x80\x80e\xc0\xaf"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	count := 0
	for i := range "abc" {
		count += i
	}
	fmt.Println(count)
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(last, string(last))
}
