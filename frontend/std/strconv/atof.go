package strconv

import (
	"math"
	"math/bits"
)

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. When
// bitSize=32, the result still has type float64, but it will be
// convertible to float32 without changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as
// defined by the Go syntax for floating-point literals (underscores
// included), and the case-insensitive strings "inf", "infinity" (both
// optionally signed) and "nan". The result is the nearest floating-point
// number, rounded half to even. If s is well-formed but too large, the
// result is ±Inf and err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := float64info
	if bitSize == 32 {
		flt = float32info
	}
	if f, n, ok := special(s); ok {
		if bitSize == 32 && f != f {
			// Go converts its NaN to float32 and back, which keeps only
			// the quiet bit.
			f = math.Float64frombits(0x7FF8000000000000)
		}
		return f, n, nil
	}
	mant, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	var b uint64
	overflow := false
	if mant == 0 {
		b = 0
	} else if hex {
		lz := bits.LeadingZeros64(mant)
		b, overflow = roundFloat(mant<<uint(lz), exp-lz, trunc, flt)
	} else {
		b, overflow = atofDecimal(mant, exp, flt)
		if trunc {
			// More digits followed: the value lies between mant and mant+1
			// (times 10^exp). If they round alike, that is the result.
			if b1, _ := atofDecimal(mant+1, exp, flt); b1 != b {
				d, dp, dtrunc := decimalDigits(s[:n])
				b, overflow = atofExact(d, dp, dtrunc, flt)
			}
		}
	}
	if neg {
		b |= uint64(1) << (flt.mantbits + flt.expbits)
	}
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(b)))
	} else {
		f = math.Float64frombits(b)
	}
	if overflow {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

// prefixLenIgnoreCase returns the length of the common prefix of s and
// word (lower case), ignoring ASCII case.
func prefixLenIgnoreCase(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// special parses an infinity or NaN at the start of s: "inf" or
// "infinity" with an optional sign, or "nan", in any case.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	signLen := 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		signLen = 1
	} else if lower(s[0]) == 'n' {
		if prefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
		return 0, 0, false
	}
	m := prefixLenIgnoreCase(s[signLen:], "infinity")
	if m >= 3 {
		if m != 8 {
			m = 3 // only "inf" unless all of "infinity"
		}
		return math.Inf(sign), signLen + m, true
	}
	return 0, 0, false
}

// readFloat reads a decimal or hexadecimal floating-point number at the
// start of s: its leading digits in mantissa (19 decimal or 16 hex digits
// at most; trunc reports that non-zero digits were left out) and the
// power of 10 (or 2 for hex) that scales it. i is the length read.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		neg = true
		i++
	}
	base := uint64(10)
	maxDigits := 19 // 10^19 fits in a uint64
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawDot := false
	sawDigits := false
	nd := 0     // significant digits seen
	ndMant := 0 // digits in mantissa
	dp := 0     // position of the decimal point
	for ; i < len(s); i++ {
		c := s[i]
		var d uint64
		if c == '_' {
			underscores = true
			continue
		} else if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			dp = nd
			continue
		} else if '0' <= c && c <= '9' {
			d = uint64(c - '0')
		} else if base == 16 && 'a' <= lower(c) && lower(c) <= 'f' {
			d = uint64(lower(c) - 'a' + 10)
		} else {
			break
		}
		sawDigits = true
		if d == 0 && nd == 0 {
			// A leading zero.
			dp--
			continue
		}
		nd++
		if ndMant < maxDigits {
			mantissa = mantissa*base + d
			ndMant++
		} else if d != 0 {
			trunc = true
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		// A hexadecimal mantissa needs an exponent.
		return
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

// atofDecimal converts mant * 10^e10 (mant != 0).
func atofDecimal(mant uint64, e10 int, flt floatInfo) (uint64, bool) {
	if b, overflow, ok := atofFast(mant, e10, flt); ok {
		return b, overflow
	}
	var buf [20]byte
	d := appendUint64(buf[:0], mant)
	return atofExact(d, len(d)+e10, false, flt)
}

// maxDigits bounds the decimal digits kept for the exact conversion: a
// float64 halfway point has at most 768 significant digits, so digits past
// 800 only matter as "more than".
const maxExactDigits = 800

// decimalDigits returns the significant digits of the well-formed decimal
// number s (value 0.d * 10^dp) and whether non-zero digits past
// maxExactDigits were dropped. As in Go, digits past that limit do not
// move the decimal point: for numbers with more than maxExactDigits digits
// before the point (only reached when the leading 19 digits cannot decide
// the result), dp is as if the integer part ended there.
func decimalDigits(s string) (d []byte, dp int, trunc bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	sawDot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			sawDot = true
			dp = len(d)
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		if c == '0' && len(d) == 0 {
			dp--
			continue
		}
		if len(d) < maxExactDigits {
			d = append(d, c)
		} else if c != '0' {
			trunc = true
		}
	}
	if !sawDot {
		dp = len(d)
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		e := 0
		for ; i < len(s); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	}
	return d, dp, trunc
}

// roundFloat rounds (m + delta) * 2^e to the format flt, half to even,
// where m has its top bit set and delta is 0, or in (0, 1) if sticky. It
// returns the bits (without sign) and whether the result overflowed to
// infinity.
func roundFloat(m uint64, e int, sticky bool, flt floatInfo) (uint64, bool) {
	lead := e + 63 // exponent of the leading bit
	maxExp := 1<<flt.expbits - 2 + flt.bias
	minExp := 1 + flt.bias
	inf := (uint64(1)<<flt.expbits - 1) << flt.mantbits
	if lead > maxExp {
		return inf, true
	}
	keep := int(flt.mantbits) + 1
	if lead < minExp {
		keep -= minExp - lead // subnormal
	}
	var r uint64
	drop := 64 - keep
	if drop > 64 {
		r = 0 // below half the smallest subnormal
	} else if drop == 64 {
		// m*2^e is at least half the smallest subnormal.
		if m<<1 != 0 || sticky {
			r = 1
		}
	} else {
		r = m >> uint(drop)
		half := m >> uint(drop-1) & 1
		rest := sticky || m&(uint64(1)<<uint(drop-1)-1) != 0
		if half == 1 && (rest || r&1 == 1) {
			r++
		}
	}
	if lead < minExp {
		return r, false // a subnormal (or, after a carry, the smallest normal)
	}
	if r>>(flt.mantbits+1) != 0 {
		r >>= 1
		lead++
		if lead > maxExp {
			return inf, true
		}
	}
	return uint64(lead-flt.bias)<<flt.mantbits | r&(uint64(1)<<flt.mantbits-1), false
}

// atofFast converts mant * 10^e10 (mant != 0) with a 64x128-bit product.
// The power of ten is rounded down, so the exact value lies in [P, P+m)
// for the product P of the normalized mantissa m; when rounding both ends
// gives the same float, that is the answer (ok). Otherwise the exact
// conversion decides.
func atofFast(mant uint64, e10 int, flt floatInfo) (b uint64, overflow, ok bool) {
	if e10 < pow10Min || e10 > pow10Max {
		return 0, false, false
	}
	th, tl, te := pow10(e10)
	lz := bits.LeadingZeros64(mant)
	m := mant << uint(lz)
	a1, p0 := bits.Mul64(m, tl)
	b1, b0 := bits.Mul64(m, th)
	p1, carry := bits.Add64(b0, a1, 0)
	p2 := b1 + carry
	e := te - lz // value = P * 2^e
	exact := 0 <= e10 && e10 <= 55
	b, overflow = round192(p2, p1, p0, e, !exact, flt)
	if exact {
		return b, overflow, true
	}
	u0, c0 := bits.Add64(p0, m, 0)
	u1, c1 := bits.Add64(p1, 0, c0)
	u2 := p2 + c1
	ub, _ := round192(u2, u1, u0, e, false, flt)
	return b, overflow, ub == b
}

// round192 rounds the 192-bit P * 2^e (P = p2:p1:p0, p2 != 0) like
// roundFloat.
func round192(p2, p1, p0 uint64, e int, sticky bool, flt floatInfo) (uint64, bool) {
	lz := uint(bits.LeadingZeros64(p2))
	hi := p2<<lz | p1>>(64-lz)
	rest := p1<<lz != 0 || p0 != 0
	return roundFloat(hi, e+128-int(lz), sticky || rest, flt)
}

// atofExact converts the decimal 0.d * 10^dp (plus a little if trunc)
// exactly, with multiprecision integers.
func atofExact(d []byte, dp int, trunc bool, flt floatInfo) (uint64, bool) {
	if len(d) == 0 || dp < -330 {
		return 0, false // below half the smallest subnormal
	}
	if dp > 310 {
		return roundFloat(1<<63, 1100, false, flt) // overflow
	}
	var z nat
	for i := 0; i < len(d); {
		var chunk uint32
		mul := uint32(1)
		for j := 0; j < 9 && i < len(d); j++ {
			chunk = chunk*10 + uint32(d[i]-'0')
			mul *= 10
			i++
		}
		z = z.mulAdd(mul, chunk)
	}
	e := dp - len(d) // value = z * 10^e
	if e >= 0 {
		z = z.mulPow5(e).shl(e)
		m, be, inexact := z.top64()
		return roundFloat(m, be, inexact || trunc, flt)
	}
	// value = z / 5^-e * 2^e. Scale so that the quotient has 63 or 64 bits.
	den := nat{1}.mulPow5(-e)
	j := z.bitLen() - den.bitLen() - 63
	if j > 0 {
		den = den.shl(j)
	} else {
		z = z.shl(-j)
	}
	qt, inexact := divTo64(z, den)
	lz := bits.LeadingZeros64(qt)
	return roundFloat(qt<<uint(lz), j+e-lz, inexact || trunc, flt)
}

// divTo64 returns n / d rounded down and whether it was inexact, for
// n < d * 2^64.
func divTo64(n, d nat) (uint64, bool) {
	r := make(nat, len(n))
	copy(r, n)
	t := d.shl(63)
	var q uint64
	for i := 63; i >= 0; i-- {
		if r.cmp(t) >= 0 {
			r = r.sub(t)
			q |= uint64(1) << uint(i)
		}
		t = t.shr(1)
	}
	return q, len(r) != 0
}
