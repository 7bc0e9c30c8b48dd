package main

import "fmt"

func kind(s string) int {
	switch s {
	case "":
		return 0
	case "+":
		return 1
	case "<=":
		return 2
	case "abc":
		return 3
	case "abcd":
		return 4
	case "hello":
		return 5
	case "abcdefg":
		return 7
	case "abcdefgh":
		return 8
	case "abcdefghijklmnop":
		return 16
	case "héllo\x00\xff":
		return 9
	}
	return -1
}

func main() {
	words := []string{"", "+", "-", "<=", "<", "=<", "abc", "abd", "abcd", "abce", "hello", "hellp", "abcdefg", "abcdefh",
		"abcdefgh", "abcdefgi", "abcdefghijklmnop", "abcdefghijklmnoq", "héllo\x00\xff", "héllo\x00\xfe", "abcdefghi"}
	for _, w := range words {
		b := []byte(w + "xyz")
		sub := string(b[:len(w)])
		fmt.Println(w, kind(w), kind(sub), "abc" != w, w == "hello")
	}
}
