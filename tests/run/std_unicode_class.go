// unicode's character classes over the code space: for each
// predicate the number of code points it accepts and a hash of where, plus
// samples; range tables with Is, In and IsOneOf, including a user table.
package main

import (
	"fmt"
	"unicode"
)

type pred struct {
	name string
	f    func(rune) bool
}

// next steps through every code point of planes 0, 1 and 3 (where nearly
// all assigned characters are) and every 13th elsewhere.
func next(r rune) rune {
	if r < 0x20000 || 0x30000 <= r && r < 0x32000 || r >= unicode.MaxRune-20 {
		return r + 1
	}
	return r + 13
}

func main() {
	preds := []pred{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsControl", unicode.IsControl},
		{"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic}, {"IsMark", unicode.IsMark},
		{"IsSymbol", unicode.IsSymbol},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Latin|Greek|Cyrillic", func(r rune) bool { return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) }},
		{"Z", func(r rune) bool { return unicode.Is(unicode.Z, r) }},
		{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
		{"GraphicRanges", func(r rune) bool { return unicode.IsOneOf(unicode.GraphicRanges, r) }},
	}
	for _, p := range preds {
		count := 0
		var h uint32 = 2166136261
		for r := rune(-2); r <= unicode.MaxRune+2; r = next(r) {
			if p.f(r) {
				count++
				h = (h ^ uint32(r)) * 16777619
			}
		}
		fmt.Println(p.name, count, h)
	}

	samples := []rune{'a', 'Z', '5', ' ', '\t', '\n', 0x85, 0xa0, '_', '$', '+', 'ǅ', 'ß', 'Σ', 'σ', 'ς', 'Ж',
		'٣', '४', '¼', 'Ⅻ', '一', 'あ', 'ア', '한', '\u0301', '\u200b', '\u2028', '\u3000', 0xfeff, 0xfffd,
		0x1f600, 0x1d400, 0xe0001, 0x10ffff, 0x110000, -1, 0xd800}
	for _, r := range samples {
		var names []string
		for _, p := range preds {
			if p.f(r) {
				names = append(names, p.name)
			}
		}
		fmt.Println(r, names)
	}

	user := &unicode.RangeTable{
		R16:         []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x100, Hi: 0x1ff, Stride: 3}},
		R32:         []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 1}},
		LatinOffset: 1,
	}
	for _, r := range []rune{'a', 'b', 'c', 'y', 'z', 0x100, 0x101, 0x103, 0x1ff, 0x10005, 0x10011, -1} {
		fmt.Println(r, unicode.Is(user, r), unicode.In(r, user, unicode.Digit))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
}
