// Package unicode is gowgc's unicode: character classes and case mappings
// with the results of Go's unicode package.
//
// The data lives in tables.go, generated from Go's own tables by
// gen_tables.go.txt: one sorted list of general-category runs (with runs
// that alternate upper and lower case folded into one), case-mapping runs
// as in Go's CaseRanges, and the few case-folding orbits that are not just
// upper/lower pairs. All are string constants searched by binary search.
//
// Range tables: the category tables (Letter, Upper, Digit, ...),
// White_Space and eleven scripts (Arabic, Cyrillic, Devanagari, Greek,
// Han, Hangul, Hebrew, Hiragana, Katakana, Latin, Thai) exist for Is, In
// and IsOneOf, and RangeTables built by programs work. Left out: the other
// scripts and properties, the finer categories (Lm, Mn, Pd, ...), the
// Categories/Scripts/Properties maps, CaseRanges, SpecialCase
// (TurkishCase) and FoldCategory/FoldScript.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange in which upper and lower case letters
// alternate.
const UpperLower = MaxRune + 1

// get3 reads the 3-byte big-endian number at byte offset i of tab.
func get3(tab string, i int) rune {
	return rune(tab[i])<<16 | rune(tab[i+1])<<8 | rune(tab[i+2])
}

// classOf returns r's category class (clsNone for invalid runes).
func classOf(r rune) int {
	if r < 0 || r > MaxRune {
		return clsNone
	}
	// The last run whose start is <= r.
	lo, hi := 0, len(classRuns)/3
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if get3(classRuns, 3*m)>>4 <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	v := get3(classRuns, 3*(lo-1))
	c := int(v & 0xF)
	if c == clsUpperLower || c == clsLowerUpper {
		odd := (r-v>>4)&1 == 1
		if odd == (c == clsUpperLower) {
			return clsLl
		}
		return clsLu
	}
	return c
}

// IsUpper reports whether the rune is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if r <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return classOf(r) == clsLu
}

// IsLower reports whether the rune is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if r <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return classOf(r) == clsLl
}

// IsTitle reports whether the rune is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return classOf(r) == clsLt
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if r <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	c := classOf(r)
	return clsLu <= c && c <= clsLo
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return classOf(r) == clsNd
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if r <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	c := classOf(r)
	return c == clsNd || c == clsNo
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return classOf(r) == clsM
}

// IsPunct reports whether the rune is a punctuation character (category P).
func IsPunct(r rune) bool {
	return classOf(r) == clsP
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	return classOf(r) == clsS
}

// IsControl reports whether the rune is a control character (category Cc,
// which lies entirely in Latin-1).
func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7F <= r && r < 0xA0
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White_Space property; in the Latin-1 space this is '\t', '\n',
// '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inBounds(whiteSpaceBounds, r)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (categories L,
// M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	c := classOf(r)
	return clsLu <= c && c <= clsZs
}

// IsPrint reports whether the rune is printable by Go: letters, marks,
// numbers, punctuation, symbols and the ASCII space character (categories
// L, M, N, P, S and U+0020).
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	c := classOf(r)
	return clsLu <= c && c <= clsS
}

// inBounds reports whether r lies in one of the ranges described by the
// sorted 3-byte boundaries in tab: r is inside when an odd number of
// boundaries are <= r.
func inBounds(tab string, r rune) bool {
	if r < 0 {
		return false
	}
	lo, hi := 0, len(tab)/3
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if get3(tab, 3*m) <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo&1 == 1
}

// caseDelta returns the delta that maps r to case _case (0, 1 or 2).
func caseDelta(_case int, r rune) rune {
	lo, hi := 0, len(caseRuns)/7
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 7 * m
		if r < get3(caseRuns, i) {
			hi = m
		} else if r > get3(caseRuns, i+3) {
			lo = m + 1
		} else {
			k := int(caseRuns[i+6])
			if k == 0 {
				// Alternating run: even offsets are upper case, odd lower.
				odd := (r-get3(caseRuns, i))&1 == 1
				if _case == LowerCase {
					if odd {
						return 0
					}
					return 1
				}
				if odd {
					return -1
				}
				return 0
			}
			d := get3(caseDeltas, 9*k+3*_case)
			if d >= 1<<23 {
				d -= 1 << 24
			}
			return d
		}
	}
	return 0
}

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	if r < 0 || r > MaxRune {
		return r
	}
	return r + caseDelta(_case, r)
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding. Among the code points equivalent to
// rune (including rune itself), SimpleFold returns the smallest rune > r if
// one exists, or else the smallest rune >= 0. If r is not a valid rune, it
// returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(foldExceptions)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		f := get3(foldExceptions, 6*m)
		if f == r {
			return get3(foldExceptions, 6*m+3)
		}
		if f < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
