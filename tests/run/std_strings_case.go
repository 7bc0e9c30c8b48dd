package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{
		"", "hello, world", "HELLO", "MiXeD 123 !?", "already lower", "ALREADY UPPER",
		"café crème brûlée", "ÀÉÎÕÜ àéîõü ÿŸ", "straße STRASSE ß ẞ", "µ ſ ı İ ĳ Ĳ ŉ",
		"Ελληνικά ΣΊΣΥΦΟΣ σίσυφος ς ϐ ϑ ϕ ϖ ϰ ϱ ϵ ϴ ΐ", "Русский ТЕКСТ ёЁ ѣѢ ӀӏЀѐ",
		"Հայերեն ՀԱՅ", "ǅǄǆ ǈ ǋ ǲ", "ⓐⓑ ⒶⒷ", "Ⴀⴀ Აა", "𐐀𐐨 𞤀𞤢", "ﬀ ﬁ ﬓ", "ᾈᾀ ᾼ ῌ",
		"\xff\xfeabc\xc0", "a\uFFFDb", "Ɐ ɐ Ɑ ɑ Ᵹ ᵹ", "Kelvin \u212A, Ångström \u212B, Ω \u2126",
	}
	for _, s := range inputs {
		u, l := strings.ToUpper(s), strings.ToLower(s)
		fmt.Println(s, "|", u, "|", l, "|", strings.EqualFold(s, u), strings.EqualFold(s, l), strings.EqualFold(u, l))
	}
	// Every rune of a few blocks, mapped.
	for _, block := range [][2]rune{{0xC0, 0x250}, {0x370, 0x400}, {0x400, 0x530}, {0x530, 0x590}, {0x1E00, 0x1F00}} {
		var b strings.Builder
		for r := block[0]; r < block[1]; r++ {
			b.WriteRune(r)
		}
		s := b.String()
		fmt.Println(strings.ToUpper(s))
		fmt.Println(strings.ToLower(s))
	}
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "education"), strings.Map(dropVowels, "xyz"))
	fmt.Println(strings.Map(func(r rune) rune { return r }, "ok\xffok"))
	fmt.Println(strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb\xc0c", "?"), strings.ToValidUTF8("valid €", "?"), strings.ToValidUTF8("\xed\xa0\x80", "[bad]"))
}
