package bytes

import (
	"unicode"
	"unicode/utf8"
)

// The case mappings are unicode's.
func toUpper(r rune) rune    { return unicode.ToUpper(r) }
func toLower(r rune) rune    { return unicode.ToLower(r) }
func simpleFold(r rune) rune { return unicode.SimpleFold(r) }

// ToUpper returns a copy of s with all letters mapped to upper case.
func ToUpper(s []byte) []byte {
	hasLower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Map(toUpper, s)
		}
		if 'a' <= c && c <= 'z' {
			hasLower = true
		}
	}
	if !hasLower {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToLower returns a copy of s with all letters mapped to lower case.
func ToLower(s []byte) []byte {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Map(toLower, s)
		}
		if 'A' <= c && c <= 'Z' {
			hasUpper = true
		}
	}
	if !hasUpper {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding. Invalid bytes read as RuneError, so they fold
// together with each other and with U+FFFD.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, w := utf8.DecodeRune(s)
			sr, s = r, s[w:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, w := utf8.DecodeRune(t)
			tr, t = r, t[w:]
		}
		if !foldEq(sr, tr) {
			return false
		}
	}
	return len(s) == len(t)
}

// foldEq reports whether the runes a and b are in one case-folding orbit.
func foldEq(a, b rune) bool {
	if a == b {
		return true
	}
	if b < a {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	r := simpleFold(a)
	for r != a && r < b {
		r = simpleFold(r)
	}
	return r == b
}

// ToTitle returns a copy of s with all letters mapped to their Unicode
// title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// Title returns a copy of s with the first letter of each word mapped to
// title case; words are separated as strings.Title separates them.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// isSeparator reports whether r separates words for Title (see
// strings.isSeparator).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}
