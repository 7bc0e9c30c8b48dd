// unicode's case mappings over the code space: ToUpper, ToLower,
// ToTitle, To and SimpleFold, summarized by hashes, plus samples and some
// complete SimpleFold orbits.
package main

import (
	"fmt"
	"unicode"
)

// next steps through every code point of planes 0, 1 and 3 (where nearly
// all assigned characters are) and every 13th elsewhere.
func next(r rune) rune {
	if r < 0x20000 || 0x30000 <= r && r < 0x32000 || r >= unicode.MaxRune-20 {
		return r + 1
	}
	return r + 13
}

func main() {
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
		{"To(UpperCase)", func(r rune) rune { return unicode.To(unicode.UpperCase, r) }},
		{"To(LowerCase)", func(r rune) rune { return unicode.To(unicode.LowerCase, r) }},
		{"To(TitleCase)", func(r rune) rune { return unicode.To(unicode.TitleCase, r) }},
	}
	for _, m := range maps {
		changed := 0
		var h uint32 = 2166136261
		for r := rune(-2); r <= unicode.MaxRune+2; r = next(r) {
			if v := m.f(r); v != r {
				changed++
				h = (h ^ uint32(r)) * 16777619
				h = (h ^ uint32(v)) * 16777619
			}
		}
		fmt.Println(m.name, changed, h)
	}

	samples := []rune{'a', 'A', 'z', '0', 'ß', 'ẞ', 'ǅ', 'Ǆ', 'ǆ', 'ı', 'İ', 'K', 'k', 'K', 'Σ', 'σ', 'ς',
		'ÿ', 'Ÿ', 'µ', 'Μ', 'ſ', 'Ω', 'Ω', 'ა', 'Ა', 'ꭰ', 'Ꭰ', '𐐀', '𐐨', 'ǰ', 'ᾈ', 'ᾀ', 0x1e900, 0x1e922,
		0x10ffff, 0x110000, -1}
	for _, r := range samples {
		fmt.Println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.To(3, r), unicode.To(-1, r))
	}

	// Walk some folding orbits until they come back.
	for _, r := range []rune{'k', 's', 'Σ', 'θ', 'ǅ', 'ß', 'a', '1', 0x1c80} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Println(orbit)
	}
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}
