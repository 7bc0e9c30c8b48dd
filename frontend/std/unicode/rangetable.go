package unicode

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set, as in Go. gowgc's built-in tables do not
// list ranges: they name general-category classes or carry compact
// boundaries, so their R16 and R32 are empty; tables built by programs
// work as in Go.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	classes uint32 // built-in category tables: the classOf values inside
	bounds  string // built-in tables: sorted 3-byte range boundaries
}

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when
// one or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

const classLetter = 1<<clsLu | 1<<clsLl | 1<<clsLt | 1<<clsLo

// The general categories that gowgc's tables distinguish (Go's finer
// ones, such as Lm or Pd, are left out), and the White_Space property.
var (
	Cc     = &RangeTable{classes: 1 << clsCc}                            // category Cc (Other, control)
	Digit  = &RangeTable{classes: 1 << clsNd}                            // the "decimal digit" property
	Letter = &RangeTable{classes: classLetter}                           // category L
	Lower  = &RangeTable{classes: 1 << clsLl}                            // lower case letters
	Mark   = &RangeTable{classes: 1 << clsM}                             // category M
	Number = &RangeTable{classes: 1<<clsNd | 1<<clsNo}                   // category N
	Punct  = &RangeTable{classes: 1 << clsP}                             // category P
	Space  = &RangeTable{classes: 1 << clsZs, bounds: lineParaSepBounds} // category Z
	Symbol = &RangeTable{classes: 1 << clsS}                             // category S
	Title  = &RangeTable{classes: 1 << clsLt}                            // title case letters
	Upper  = &RangeTable{classes: 1 << clsLu}                            // upper case letters
	Zs     = &RangeTable{classes: 1 << clsZs}                            // category Zs (Separator, space)

	Nd = Digit
	L  = Letter
	Ll = Lower
	M  = Mark
	N  = Number
	P  = Punct
	Z  = Space
	S  = Symbol
	Lt = Title
	Lu = Upper

	White_Space = &RangeTable{bounds: whiteSpaceBounds}
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.classes != 0 && rangeTab.classes&(1<<uint(classOf(r))) != 0 {
		return true
	}
	if rangeTab.bounds != "" && inBounds(rangeTab.bounds, r) {
		return true
	}
	r16 := rangeTab.R16
	// Compare as uint32 so that negative runes are out of range.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The
// function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}
