// Package utf8 is gowgc's unicode/utf8: encoding and decoding of UTF-8, with
// Go's exact treatment of invalid input (every byte of an ill-formed
// sequence decodes as RuneError of width 1; surrogates, overlong forms and
// values above MaxRune are ill-formed).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode replacement character
	RuneSelf  = 0x80         // runes below RuneSelf are single bytes
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes a rune encodes to
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF

	contMask = 0x3F // payload bits of a continuation byte
)

// seqLen gives, for a leading byte b >= 0x80, how many bytes its sequence
// has (0 for bytes that cannot start one), and second gives the range the
// second byte must lie in. The later bytes are always in 0x80..0xBF.
func seqInfo(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0xC2:
		return 0, 0, 0 // continuation byte, or overlong 2-byte lead C0/C1
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF // no overlong 3-byte forms
	case b == 0xED:
		return 3, 0x80, 0x9F // no surrogates
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF // no overlong 4-byte forms
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F // nothing above MaxRune
	}
	return 0, 0, 0
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune.
// An invalid encoding counts as a full rune: it decodes as a width-1 error.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	if p[0] < RuneSelf {
		return true
	}
	want, lo, hi := seqInfo(p[0])
	if want == 0 || n >= want {
		return true
	}
	// Incomplete: full only if a byte already present is wrong.
	if n > 1 && (p[1] < lo || p[1] > hi) {
		return true
	}
	if n > 2 && (p[2] < 0x80 || p[2] > 0xBF) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if s[0] < RuneSelf {
		return true
	}
	want, lo, hi := seqInfo(s[0])
	if want == 0 || n >= want {
		return true
	}
	if n > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || s[2] > 0xBF) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. It returns (RuneError, 0) for an empty p and
// (RuneError, 1) for an invalid or incomplete encoding.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	want, lo, hi := seqInfo(b0)
	if want == 0 || n < want {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&contMask), 2
	}
	b2 := p[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&contMask)<<6 | rune(b2&contMask), 3
	}
	b3 := p[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&contMask)<<12 | rune(b2&contMask)<<6 | rune(b3&contMask), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	want, lo, hi := seqInfo(b0)
	if want == 0 || n < want {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&contMask), 2
	}
	b2 := s[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&contMask)<<6 | rune(b2&contMask), 3
	}
	b3 := s[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&contMask)<<12 | rune(b2&contMask)<<6 | rune(b3&contMask), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes. It returns (RuneError, 0) for an empty p and
// (RuneError, 1) when p does not end in a valid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Look back, at most UTFMax bytes, for the byte that starts the
	// encoding; the encoding must then end exactly at end.
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(p[start]) {
		start--
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(s[start]) {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes EncodeRune writes for r, or -1 if r
// is not a valid Unicode code point.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large
// enough, and returns the number of bytes written. An invalid rune is
// written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&contMask
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&contMask
		p[2] = 0x80 | byte(r)&contMask
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&contMask
	p[2] = 0x80 | byte(r>>6)&contMask
	p[3] = 0x80 | byte(r)&contMask
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns
// the extended buffer. An invalid rune is appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&contMask)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&contMask, 0x80|byte(r)&contMask)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&contMask, 0x80|byte(r>>6)&contMask, 0x80|byte(r)&contMask)
}

// RuneCount returns the number of runes in p; each byte of an invalid
// encoding counts as one rune.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRune(p[i:])
		i += w
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRuneInString(s[i:])
		i += w
	}
	return n
}

// RuneStart reports whether b can be the first byte of an encoded rune
// (that is, b is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRune(p[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8 encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8: code points
// out of range and surrogate halves cannot.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
