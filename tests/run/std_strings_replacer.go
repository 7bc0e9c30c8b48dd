package main

import (
	"fmt"
	"strings"
)

func main() {
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba baab"))
	cases := [][]string{
		{}, {"a", "1"}, {"a", "1", "a", "2"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "1", "aa", "2", "aaa", "3"},
		{"", "X"}, {"", "X", "a", "1"}, {"a", "1", "", "X"}, {"hello", "HI"}, {"\xff", "?"}, {"é", "e", "ü", "u"},
		{"ab", "", "b", "B"}, {"abc", "[abc]", "ab", "[ab]", "", "-"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, s := range []string{"", "a", "aaaa", "banana", "hello world", "b\xffa", "mélüé", "abcab"} {
			fmt.Println(c, "[", s, "] ->", "[", r.Replace(s), "]")
		}
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	strings.NewReplacer("a", "b", "c")
}
