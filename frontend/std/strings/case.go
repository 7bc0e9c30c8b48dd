package strings

import "unicode/utf8"

// get3 reads the 3-byte big-endian number at offset i of tab.
func get3(tab string, i int) rune {
	return rune(tab[i])<<16 | rune(tab[i+1])<<8 | rune(tab[i+2])
}

// lookupCase returns the mapping of r in tab (a table of casetables.go) and
// true, or r and false if tab has none.
func lookupCase(tab string, r rune) (rune, bool) {
	lo, hi := 0, len(tab)/10
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := m * 10
		if r < get3(tab, i) {
			hi = m
		} else if r > get3(tab, i+3) {
			lo = m + 1
		} else {
			if (r-get3(tab, i))%rune(tab[i+9]) != 0 {
				return r, false
			}
			d := get3(tab, i+6)
			if d >= 0x800000 {
				d -= 0x1000000 // negative delta
			}
			return r + d, true
		}
	}
	return r, false
}

// toUpper is unicode.ToUpper.
func toUpper(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	u, _ := lookupCase(upperTable, r)
	return u
}

// toLower is unicode.ToLower.
func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	l, _ := lookupCase(lowerTable, r)
	return l
}

// simpleFold is unicode.SimpleFold: the next rune after r in r's case-folding orbit, wrapping around.
func simpleFold(r rune) rune {
	if r < 0 || r > utf8.MaxRune {
		return r
	}
	if f, ok := lookupCase(foldTable, r); ok {
		return f
	}
	if u := toUpper(r); u != r {
		return u
	}
	return toLower(r)
}

// ToUpper returns s with all letters mapped to upper case.
func ToUpper(s string) string {
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
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// ToLower returns s with all letters mapped to lower case.
func ToLower(s string) string {
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
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding. Invalid
// bytes read as RuneError, so they fold together with each other and with
// U+FFFD.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, w := utf8.DecodeRuneInString(s)
			sr, s = r, s[w:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, w := utf8.DecodeRuneInString(t)
			tr, t = r, t[w:]
		}
		if !foldEq(sr, tr) {
			return false
		}
	}
	return s == t
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
