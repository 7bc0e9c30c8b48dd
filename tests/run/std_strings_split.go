package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func showN(name string, n int, a []string) {
	fmt.Print(name, " ", n)
	show("", a)
}

func show(name string, a []string) {
	fmt.Print(name, " nil=", a == nil, " len=", len(a), " cap=", cap(a), ":")
	for _, s := range a {
		fmt.Print(" [", s, "]")
	}
	fmt.Println()
}

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", ",", "a€b€c", "a\xffb\xff", "a,b,c,d,e"}
	for _, s := range inputs {
		for _, sep := range []string{",", "", "€", "\xff", ",b,", "xyz"} {
			fmt.Println("== ", s, "sep", sep)
			show("Split", strings.Split(s, sep))
			show("SplitAfter", strings.SplitAfter(s, sep))
			for n := -2; n <= 3; n++ {
				showN("SplitN", n, strings.SplitN(s, sep, n))
				showN("SplitAfterN", n, strings.SplitAfterN(s, sep, n))
			}
		}
	}
	for _, s := range []string{"", "   ", "  foo bar  baz   ", "a\tb\nc\vd\fe\rf", "x\u00a0y\u0085z\u2003w\u3000v", "\xff \xfe", "one"} {
		show("Fields", strings.Fields(s))
	}
	show("FieldsFunc", strings.FieldsFunc("a1b22c333", func(r rune) bool { return '0' <= r && r <= '9' }))
	show("FieldsFunc", strings.FieldsFunc("1234", func(r rune) bool { return '0' <= r && r <= '9' }))
	show("FieldsFunc", strings.FieldsFunc("a\xffb", func(r rune) bool { return r == utf8.RuneError }))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{}, ","), strings.Join([]string{"a"}, ","))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join([]string{"", ""}, "-"), strings.Join([]string{"x", "y"}, ""))
	parts := strings.Split("the quick brown fox", " ")
	fmt.Println(strings.Join(parts, "_"), len(parts))
}
