package main

import (
	"fmt"
	"strings"
)

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }

func main() {
	s := "chicken kitchen, €uro 😀 café\xffend"
	for _, sub := range []string{"", "c", "ch", "ken", "kitchen", "€", "😀", "é", "\xff", "end", "zzz", s, s + "x"} {
		fmt.Println(sub, strings.Index(s, sub), strings.LastIndex(s, sub), strings.Contains(s, sub), strings.Count(s, sub),
			strings.HasPrefix(s, sub), strings.HasSuffix(s, sub))
	}
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("€€", ""), strings.Count("\xff\xfe", ""))
	fmt.Println(strings.Index("", ""), strings.LastIndex("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
	long := strings.Repeat("ab", 300) + "abc" + strings.Repeat("ab", 300)
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "bab"), strings.Index(long, "abcab"), strings.Index(long, "abd"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.LastIndexByte(s, 'k'), strings.IndexByte(s, 0xff), strings.IndexByte(s, 'Z'))
	for _, r := range []rune{'k', 'é', '€', '😀', 0xFFFD, -1, 0xD800, 0x110000, 'Z'} {
		fmt.Println("rune", r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
	}
	fmt.Println(strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("ab\xc0", 0xFFFD))
	for _, chars := range []string{"", "xyz", "ne", "€😀", "\xff", "\uFFFD", "é"} {
		fmt.Println("any", chars, strings.IndexAny(s, chars), strings.LastIndexAny(s, chars), strings.ContainsAny(s, chars))
	}
	fmt.Println(strings.IndexFunc(s, isVowel), strings.LastIndexFunc(s, isVowel), strings.ContainsFunc(s, isVowel))
	fmt.Println(strings.IndexFunc("xyz", isVowel), strings.LastIndexFunc("", isVowel), strings.ContainsFunc("xyz", isVowel))
	for _, p := range [][2]string{{"a", "b"}, {"b", "a"}, {"a", "a"}, {"", "a"}, {"ab", "a"}, {"\xff", "a"}} {
		fmt.Println("cmp", p[0], p[1], strings.Compare(p[0], p[1]))
	}
	for _, sep := range []string{"=", "==", "", "x"} {
		before, after, found := strings.Cut("key=value=more", sep)
		fmt.Println("cut", sep, before, after, found)
		before, after, found = strings.CutLast("key=value=more", sep)
		fmt.Println("cutlast", sep, before, after, found)
	}
	for _, p := range []string{"", "key", "key=value=more", "value", "x"} {
		a, ok := strings.CutPrefix("key=value", p)
		b, ok2 := strings.CutSuffix("key=value", p)
		fmt.Println("cutfix", p, a, ok, b, ok2)
	}
	for _, p := range [][2]string{
		{"Go", "GO"}, {"Go", "go"}, {"Straße", "STRASSE"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}, {"σς", "ΣΣ"},
		{"k", "\u212A"}, {"K", "\u212A"}, {"\u212A", "k"}, {"s", "ſ"}, {"ſ", "S"}, {"µ", "Μ"}, {"ß", "ẞ"},
		{"Привет", "пРИВЕТ"}, {"Привет", "Привед"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"a", "ab"}, {"", ""},
		{"ǅ", "ǆ"}, {"Ǆ", "ǅ"}, {"θ", "ϑ"}, {"ϴ", "θ"}, {"İ", "i"}, {"ı", "I"}, {"Ⴀ", "ⴀ"}, {"𐐀", "𐐨"},
	} {
		fmt.Println("fold", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}
