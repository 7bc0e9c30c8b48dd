package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Digit sets for bases up to 16; index 16 is the letter of the 0x prefix.
const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

// fmtFlags are the flags of one directive. plusV and sharpV stand for %+v
// and %#v: for the v verb the + and # flags are moved there, since they
// select a different format rather than modify the default one.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool
}

func (p *printer) clearFlags() {
	p.fmtFlags = fmtFlags{}
	p.wid = 0
	p.prec = 0
}

// writePadding writes n bytes of padding: zeros when the 0 flag asks for
// them (only ever on the left), spaces otherwise.
func (p *printer) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.zero && !p.minus {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// pad writes b padded to the width (counted in runes), on the left unless
// the - flag is set.
func (p *printer) pad(b []byte) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.wid - utf8.RuneCount(b)
	if p.minus {
		p.buf = append(p.buf, b...)
		p.writePadding(n)
	} else {
		p.writePadding(n)
		p.buf = append(p.buf, b...)
	}
}

// padString is pad for a string.
func (p *printer) padString(s string) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.wid - utf8.RuneCountInString(s)
	if p.minus {
		p.buf = append(p.buf, s...)
		p.writePadding(n)
	} else {
		p.writePadding(n)
		p.buf = append(p.buf, s...)
	}
}

// padNoZero is pad with the 0 flag ignored.
func (p *printer) padNoZero(b []byte) {
	z := p.zero
	p.zero = false
	p.pad(b)
	p.zero = z
}

func (p *printer) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtInt formats the integer u (a two's complement int64 if signed) in the
// given base, applying precision (minimum digits), the 0 flag (which pads
// with zeros up to the width unless a precision is given), the # flag
// (base prefixes 0b, 0, 0x), %O's 0o prefix and the sign flags.
func (p *printer) fmtInt(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	minDigits := 0
	if p.precPresent {
		minDigits = p.prec
		if minDigits == 0 && u == 0 {
			// %.0d of zero is nothing at all, but still padded.
			z := p.zero
			p.zero = false
			p.writePadding(p.wid)
			p.zero = z
			return
		}
	} else if p.zero && !p.minus && p.widPresent {
		minDigits = p.wid
		if neg || p.plus || p.space {
			minDigits-- // the sign takes one column
		}
	}
	// Digits, least significant first.
	var tmp [64]byte
	n := 0
	b := uint64(base)
	for {
		tmp[n] = digits[u%b]
		n++
		u /= b
		if u == 0 {
			break
		}
	}
	size := n
	if minDigits > size {
		size = minDigits
	}
	out := make([]byte, 0, size+4)
	if neg {
		out = append(out, '-')
	} else if p.plus {
		out = append(out, '+')
	} else if p.space {
		out = append(out, ' ')
	}
	if verb == 'O' {
		out = append(out, '0', 'o')
	}
	if p.sharp {
		switch base {
		case 2:
			out = append(out, '0', 'b')
		case 8:
			// A leading zero, unless the digits already start with one.
			if n >= minDigits && tmp[n-1] != '0' {
				out = append(out, '0')
			}
		case 16:
			out = append(out, '0', digits[16])
		}
	}
	for i := n; i < minDigits; i++ {
		out = append(out, '0')
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, tmp[i])
	}
	p.padNoZero(out)
}

// fmtUnicode formats u as U+0078, or with the # flag as U+0078 'x' when u
// is printable. The precision is the minimum number of hex digits (4).
func (p *printer) fmtUnicode(u uint64) {
	minDigits := 4
	if p.precPresent && p.prec > 4 {
		minDigits = p.prec
	}
	var tmp [16]byte
	n := 0
	v := u
	for {
		tmp[n] = upperDigits[v&0xF]
		n++
		v >>= 4
		if v == 0 {
			break
		}
	}
	out := make([]byte, 0, minDigits+12)
	out = append(out, 'U', '+')
	for i := n; i < minDigits; i++ {
		out = append(out, '0')
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, tmp[i])
	}
	if p.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	p.padNoZero(out)
}

// truncateString cuts s to the precision, counted in runes.
func (p *printer) truncateString(s string) string {
	if p.precPresent {
		n := p.prec
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

// truncateBytes cuts b to the precision, counted in runes.
func (p *printer) truncateBytes(b []byte) []byte {
	if p.precPresent {
		n := p.prec
		for i := 0; i < len(b); {
			if n == 0 {
				return b[:i]
			}
			n--
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
	}
	return b
}

func (p *printer) fmtS(s string) {
	p.padString(p.truncateString(s))
}

func (p *printer) fmtBs(b []byte) {
	p.pad(p.truncateBytes(b))
}

// fmtHexBytes writes the bytes of s (or of b, if isBytes) as hex digits:
// at most precision bytes; the space flag separates bytes (each with its
// own 0x under #), otherwise # gives one 0x prefix.
func (p *printer) fmtHexBytes(s string, b []byte, isBytes bool, digits string) {
	n := len(s)
	if isBytes {
		n = len(b)
	}
	if p.precPresent && p.prec < n {
		n = p.prec
	}
	if n <= 0 {
		if p.widPresent {
			p.writePadding(p.wid)
		}
		return
	}
	width := 2 * n
	if p.space {
		if p.sharp {
			width *= 2
		}
		width += n - 1
	} else if p.sharp {
		width += 2
	}
	if p.widPresent && p.wid > width && !p.minus {
		p.writePadding(p.wid - width)
	}
	if p.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if p.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if isBytes {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.widPresent && p.wid > width && p.minus {
		p.writePadding(p.wid - width)
	}
}

// fmtQ writes s as a quoted Go string: backquoted under # when possible,
// escaping all non-ASCII under +.
func (p *printer) fmtQ(s string) {
	s = p.truncateString(s)
	if p.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// runeOf is the rune c stands for; U+FFFD if c is beyond the Unicode range.
func runeOf(c uint64) rune {
	if c > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(c)
}

// fmtC writes the character c.
func (p *printer) fmtC(c uint64) {
	p.pad(utf8.AppendRune(nil, runeOf(c)))
}

// fmtQc writes c as a quoted Go character literal.
func (p *printer) fmtQc(c uint64) {
	r := runeOf(c)
	if p.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloat formats v with strconv's format verb and precision prec (an
// explicit precision in the directive wins), then applies Go's rules: a
// sign only when negative or asked for (+ or space), no zero padding for
// Inf and NaN, and under # a decimal point that is always there plus the
// trailing zeros %g would drop.
func (p *printer) fmtFloat(v float64, size int, verb rune, prec int) {
	if p.precPresent {
		prec = p.prec
	}
	// num[0] is the sign, always present while we work.
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.sharp && verb != 'b' {
		num = p.sharpFloat(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		// A shown sign goes before any zero padding.
		if p.zero && !p.minus && p.widPresent && p.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies the # flag to a formatted float (sign first): it
// makes sure there is a decimal point and, for %g-like verbs, pads the
// significant digits with zeros up to the precision (6 if none).
func (p *printer) sharpFloat(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent.
	var tail []byte
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
	}
	dot := false
	seen := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			dot = true
			continue
		}
		if c != '0' {
			seen = true
		}
		if seen {
			want--
		}
	}
	if !dot {
		if len(num) == 2 && num[1] == '0' {
			want-- // a lone 0 counts as one digit
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}
