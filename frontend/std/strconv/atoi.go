// Package strconv is gowgc's strconv: conversions between strings and
// integers, booleans, quoted strings and floating-point numbers, with Go's
// results and errors.
//
// Floats are exact: FormatFloat's shortest mode is Schubfach (Giulietti,
// "The Schubfach way to render doubles"), fixed precision rounds the exact
// value half to even, and ParseFloat rounds correctly (a 128-bit product
// with an error bound, then exact multiprecision arithmetic when the bound
// cannot decide). See ftoa.go, atof.go and nat.go.
//
// Left out: ParseComplex and FormatComplex (gowgc has no complex numbers).
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower returns the ASCII lower case of a letter (and leaves other bytes
// with bit 0x20 set).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not
// permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	prefixed := base == 0
	if base == 0 {
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base = 2
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base = 8
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base = 16
				s = s[2:]
			} else {
				base = 8
				s = s[1:]
			}
		}
	} else if base < 2 || base > 36 {
		return 0, baseError(fn, orig, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, orig, bitSize)
	}
	limit := uint64(1)<<uint(bitSize) - 1
	// Multiplying n by base overflows 64 bits exactly when n >= cutoff.
	cutoff := ^uint64(0)/uint64(base) + 1
	sawUnderscore := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		} else if '0' <= c && c <= '9' {
			d = c - '0'
		} else if 'a' <= lower(c) && lower(c) <= 'z' {
			d = lower(c) - 'a' + 10
		} else {
			return 0, syntaxError(fn, orig)
		}
		if int(d) >= base {
			return 0, syntaxError(fn, orig)
		}
		if n >= cutoff {
			return limit, rangeError(fn, orig)
		}
		n *= uint64(base)
		next := n + uint64(d)
		if next < n || next > limit {
			return limit, rangeError(fn, orig)
		}
		n = next
	}
	if sawUnderscore && !underscoreOK(orig) {
		return 0, syntaxError(fn, orig)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
//
// With base 0 the base is implied by the string's prefix after the sign:
// 2 for "0b", 8 for "0" or "0o", 16 for "0x", and 10 otherwise, and
// underscores may separate digits as in Go literals. Out-of-range values
// return the maximum magnitude of the right sign with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	u, err := ParseUint(s, base, bitSize)
	if err != nil {
		ne := err.(*NumError)
		if ne.Err != ErrRange {
			ne.Func = fn
			ne.Num = orig
			return 0, ne
		}
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	half := uint64(1) << uint(bitSize-1)
	if !neg && u >= half {
		return int64(half - 1), rangeError(fn, orig)
	}
	if neg && u > half {
		return -int64(half), rangeError(fn, orig)
	}
	n := int64(u)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	if 0 < len(s) && len(s) < 19 {
		// Small decimal numbers cannot overflow: convert them directly.
		t := s
		if s[0] == '-' || s[0] == '+' {
			t = s[1:]
			if len(t) == 0 {
				return 0, syntaxError("Atoi", s)
			}
		}
		n := 0
		for i := 0; i < len(t); i++ {
			d := t[i] - '0'
			if d > 9 {
				return 0, syntaxError("Atoi", s)
			}
			n = n*10 + int(d)
		}
		if s[0] == '-' {
			n = -n
		}
		return n, nil
	}
	n, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(n), err
}

// underscoreOK reports whether the underscores in s sit where Go's literal
// syntax allows them: each between two digits, or between a base prefix
// and a digit.
func underscoreOK(s string) bool {
	// prev: '^' at the start, '0' after a digit or base prefix, '_' after an
	// underscore, '!' after anything else.
	prev := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}
