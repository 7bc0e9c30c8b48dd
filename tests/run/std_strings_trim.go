package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func q(s string) string { return "[" + s + "]" }

func main() {
	fmt.Println(q(strings.TrimSpace("  \t\n hello world \r\n ")), q(strings.TrimSpace("")), q(strings.TrimSpace(" \u00a0\u3000 ")))
	fmt.Println(q(strings.TrimSpace("\u2003 x \u0085")), q(strings.TrimSpace("\xff ")), q(strings.TrimSpace("x")))
	for _, cut := range []string{"", "!", "!?", "¡!", "\xff", "\uFFFD", "ab"} {
		for _, s := range []string{"", "!!hello!!", "¡¡hola!!", "\xff\xfex\xff", "\uFFFDx\uFFFD", "abba", "!?!"} {
			fmt.Println(q(cut), q(s), q(strings.Trim(s, cut)), q(strings.TrimLeft(s, cut)), q(strings.TrimRight(s, cut)))
		}
	}
	fmt.Println(q(strings.TrimPrefix("prefix-body", "prefix-")), q(strings.TrimPrefix("body", "prefix")), q(strings.TrimSuffix("file.go", ".go")), q(strings.TrimSuffix("file.go", ".rs")))
	notLetter := func(r rune) bool { return !('a' <= r && r <= 'z') }
	for _, s := range []string{"123abc456", "abc", "123", "", "€x€", "\xffy\xff"} {
		fmt.Println(q(s), q(strings.TrimFunc(s, notLetter)), q(strings.TrimLeftFunc(s, notLetter)), q(strings.TrimRightFunc(s, notLetter)))
	}
	isErr := func(r rune) bool { return r == utf8.RuneError }
	fmt.Println(q(strings.TrimRightFunc("ok\xe2\x82\xac\x80", isErr)), q(strings.TrimLeftFunc("\x80\x80ok", isErr)))

	fmt.Println(q(strings.Repeat("ab", 3)), q(strings.Repeat("", 5)), q(strings.Repeat("x", 0)), q(strings.Repeat("€", 2)), len(strings.Repeat("abc", 1000)))
	for n := -1; n <= 4; n++ {
		fmt.Println(n, strings.Replace("oink oink oink", "k", "ky", n), strings.Replace("oink oink oink", "oink", "moo", n), strings.Replace("a€b", "", "-", n))
	}
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("banana", "ana", "_"), strings.ReplaceAll("banana", "", "."), strings.ReplaceAll("banana", "x", "y"))
	fmt.Println(strings.ReplaceAll("a\xffb", "", "|"), strings.ReplaceAll("aaa", "a", "aa"), strings.Replace("same", "m", "m", -1))
	fmt.Println(strings.Clone("clone me"), strings.Clone("") == "")
}
