package strconv

import "math/bits"

// fixedDecimal returns the decimal digits of c * 2^q (c != 0) rounded to
// n >= 1 significant digits, half to even, without trailing zeros, and the
// decimal point position dp (value 0.digits * 10^dp).
func fixedDecimal(dst []byte, c uint64, q int, n int) ([]byte, int) {
	// e10 is floor(log10(value)) or one less.
	e10 := floorLog10Pow2(q + bits.Len64(c) - 1)
	s := n - 1 - e10
	d := scaledRound(dst, c, q, s)
	if len(d) > n && !isPowerOf10(d) {
		// e10 was one too small. (A rounding carry to 10^n gives the same
		// digits either way.)
		s--
		d = scaledRound(dst, c, q, s)
	}
	dp := len(d) - s
	return trimZeros(d), dp
}

func isPowerOf10(d []byte) bool {
	if len(d) == 0 || d[0] != '1' {
		return false
	}
	for _, c := range d[1:] {
		if c != '0' {
			return false
		}
	}
	return true
}

// scaledRound appends the decimal digits of c * 2^q * 10^s rounded to an
// integer, half to even (nothing if that is 0).
func scaledRound(dst []byte, c uint64, q int, s int) []byte {
	if pow10Min <= s && s <= pow10Max {
		if r, ok := scaledRoundFast(c, q, s); ok {
			return appendUint64(dst, r)
		}
	}
	var z nat
	if s >= 0 {
		z = natFromUint64(c).mulPow5(s)
		if t := q + s; t >= 0 {
			z = z.shl(t)
		} else {
			z = z.shrRound(-t, false)
		}
	} else if q >= 0 {
		z = divRoundPow10(natFromUint64(c).shl(q), -s, false)
	} else {
		// c * 2^q has a fraction: divide its integer part, the fraction
		// only breaks ties.
		var ip uint64
		if -q < 64 {
			ip = c >> uint(-q)
		}
		frac := ip<<uint(-q) != c
		z = divRoundPow10(natFromUint64(ip), -s, frac)
	}
	return z.appendDecimal(dst)
}

// divRoundPow10 returns z / 10^n (n >= 1) rounded half to even, where
// sticky says z is a little more than its value.
func divRoundPow10(z nat, n int, sticky bool) nat {
	z, inexact := z.divPow10(n - 1)
	z, r := z.divSmall(10)
	if r > 5 || r == 5 && (inexact || sticky || z.bit(0) == 1) {
		z = z.mulAdd(1, 1)
	}
	return z
}

// scaledRoundFast computes round(c * 2^q * 10^s) from the 128-bit power of
// ten when the result fits in 64 bits and the error bound of the product
// decides the rounding.
func scaledRoundFast(c uint64, q int, s int) (uint64, bool) {
	th, tl, te := pow10(s)
	lz := bits.LeadingZeros64(c)
	m := c << uint(lz)
	a1, p0 := bits.Mul64(m, tl)
	b1, b0 := bits.Mul64(m, th)
	p1, carry := bits.Add64(b0, a1, 0)
	p2 := b1 + carry
	// value = P * 2^-sh with P = p2:p1:p0 >= 2^190.
	sh := lz - te - q
	if sh < 129 || sh > 191 {
		return 0, false // the result may not fit (or is below 1)
	}
	ip, half, rest := split192(p2, p1, p0, uint(sh))
	if 0 <= s && s <= 55 {
		// The power of ten is exact, and so is P.
		if half && (rest || ip&1 == 1) {
			ip++
		}
		return ip, true
	}
	// The exact value lies strictly between P and P + m.
	lo := ip
	if half {
		lo++
	}
	u0, c0 := bits.Add64(p0, m, 0)
	u1, c1 := bits.Add64(p1, 0, c0)
	u2 := p2 + c1
	uip, uhalf, urest := split192(u2, u1, u0, uint(sh))
	if uhalf && (urest || uip&1 == 1) {
		uip++
	}
	return lo, lo == uip
}

// split192 returns P >> sh for the 192-bit P = p2:p1:p0 and 128 <= sh <=
// 191, the bit below it, and whether any lower bit is set.
func split192(p2, p1, p0 uint64, sh uint) (ip uint64, half, rest bool) {
	r := sh - 128
	ip = p2 >> r
	if r == 0 {
		return ip, p1>>63 == 1, p1<<1 != 0 || p0 != 0
	}
	return ip, p2>>(r-1)&1 == 1, p2&(uint64(1)<<(r-1)-1) != 0 || p1 != 0 || p0 != 0
}
