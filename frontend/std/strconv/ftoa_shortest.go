package strconv

import "math/bits"

// shortestDecimal returns the shortest decimal d * 10^k that rounds to
// c * 2^q (c != 0) in the format flt, the one closest to it if there are
// several, the even one on a tie. This is Schubfach (R. Giulietti, "The
// Schubfach way to render doubles", 2020), which needs no more than three
// 64x128-bit products, here without Java's preference for two digits.
func shortestDecimal(c uint64, q int, flt floatInfo) (uint64, int) {
	// Integers below 2^(mantbits+1) are their own shortest form.
	if q < 0 && -q <= int(flt.mantbits) && c&(uint64(1)<<uint(-q)-1) == 0 {
		return c >> uint(-q), 0
	}
	cmin := uint64(1) << flt.mantbits
	qmin := 1 + flt.bias - int(flt.mantbits)
	// The rounding interval is [cbl, cbr] * 2^(q-2), closed when c is even.
	out := c & 1
	cb := c << 2
	cbr := cb + 2
	var cbl uint64
	var k int
	if c != cmin || q == qmin {
		cbl = cb - 2
		k = floorLog10Pow2(q)
	} else {
		// The gap below a power of two is half the gap above.
		cbl = cb - 1
		k = floorLog10ThreeQuartersPow2(q)
	}
	// g approximates 10^-k * 2^(125-F) from above, F = floor(log2(10^-k)).
	th, tl, te := pow10(-k)
	gh, gl := th>>2, (tl>>2|th<<62)+1
	if gl == 0 {
		gh++
	}
	h := uint(q + te + 127 + 2)
	// v* = (c* * 2^q * 10^-k) * 4, rounded to odd.
	vb := roundToOdd(gh, gl, cb<<h)
	vbl := roundToOdd(gh, gl, cbl<<h)
	vbr := roundToOdd(gh, gl, cbr<<h)

	s := vb >> 2
	if s >= 10 {
		// One digit fewer: is exactly one of the two neighbouring
		// multiples of 10 in the interval?
		sp := s / 10 * 10
		tp := sp + 10
		upin := vbl+out <= sp<<2
		wpin := tp<<2+out <= vbr
		if upin != wpin {
			if upin {
				return sp, k
			}
			return tp, k
		}
	}
	t := s + 1
	uin := vbl+out <= s<<2
	win := t<<2+out <= vbr
	if uin != win {
		if uin {
			return s, k
		}
		return t, k
	}
	// Both are in: the closer one, the even one on a tie.
	mid := (s + t) << 1
	if vb < mid || vb == mid && s&1 == 0 {
		return s, k
	}
	return t, k
}

// roundToOdd returns g*cp / 2^127 rounded to odd, g = gh*2^64 + gl, the
// way Schubfach computes it: with g split into two 63-bit halves, and the
// low 64 bits of the low half's product left out (the approximation
// error of g lives there, so exact cases come out exact).
func roundToOdd(gh, gl, cp uint64) uint64 {
	const mask63 = 1<<63 - 1
	g1 := gh<<1 | gl>>63
	g0 := gl & mask63
	x1, _ := bits.Mul64(g0, cp)
	y1, y0 := bits.Mul64(g1, cp)
	z := y0>>1 + x1
	v := y1 + z>>63
	if z&mask63 != 0 {
		v |= 1
	}
	return v
}
