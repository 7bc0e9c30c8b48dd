package main

import "fmt"

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "héllo, 世界"
	rs := []rune(s)
	fmt.Println(len(s), len(rs), cap(rs) >= len(rs))
	fmt.Println(rs)
	fmt.Println(reverse(s))
	fmt.Println(string(rs[7:]), string(rs[:1]))
	bad := []rune{72, 105, -1, 0xD800, 0x10FFFF + 1, 0x1F600}
	out := string(bad)
	fmt.Println(len(out), []byte(out))
	fmt.Println([]rune("a\xffb"))
	var empty []rune
	fmt.Println(string(empty) == "", len([]rune("")))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
}
