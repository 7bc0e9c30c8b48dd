package math

import "math/bits"

// FMA returns x * y + z, computed with only one rounding.
// (That is, FMA returns the fused multiply-add of x, y, and z.)
func FMA(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	switch {
	case bx&uvinf == uvinf || by&uvinf == uvinf || z != z:
		// An infinite or NaN x or y, or a NaN z: plain arithmetic gets
		// IEEE's answer.
		return x*y + z
	case bz&uvinf == uvinf:
		return z // the exact product is finite
	case x == 0 || y == 0:
		return x*y + z // the product is an exact zero
	case z == 0:
		return x * y // one rounding, and a product that rounds to zero keeps its sign
	}

	// All three are finite and non-zero. Work with 128-bit integers whose
	// top bit is bit 125, so a carry has room and 73 bits lie below a
	// 53-bit result for rounding.
	mx, ex := fmaSplit(bx)
	my, ey := fmaSplit(by)
	mz, ez := fmaSplit(bz)

	// The product, exact.
	ph, pl := bits.Mul64(mx, my)
	s := uint(bits.LeadingZeros64(ph) - 2)
	ph, pl = shl128(ph, pl, s)
	pe := ex + ey - int(s)
	ps := (bx ^ by) >> 63

	// z, scaled alike.
	zh, zl := mz<<9, uint64(0)
	ze := ez - 73
	zs := bz >> 63

	// Let a be the operand of larger magnitude.
	ah, al, ae, as := ph, pl, pe, ps
	bh, bl, be, bs := zh, zl, ze, zs
	if ze > pe || ze == pe && (zh > ph || zh == ph && zl > pl) {
		ah, al, ae, as, bh, bl, be, bs = bh, bl, be, bs, ah, al, ae, as
	}
	bh, bl = shr128Sticky(bh, bl, uint(ae-be))

	var rh, rl uint64
	if as == bs {
		var c uint64
		rl, c = bits.Add64(al, bl, 0)
		rh, _ = bits.Add64(ah, bh, c)
	} else {
		var c uint64
		rl, c = bits.Sub64(al, bl, 0)
		rh, _ = bits.Sub64(ah, bh, c)
		if rh == 0 && rl == 0 {
			return 0 // exact cancellation gives +0
		}
	}

	// Round (rh, rl) * 2**ae to 53 bits.
	var top int // index of the leading one bit
	if rh != 0 {
		top = 127 - bits.LeadingZeros64(rh)
	} else {
		top = 63 - bits.LeadingZeros64(rl)
	}
	lsb := ae + top - 52 // exponent of the result's last mantissa bit
	if lsb < -1074 {
		lsb = -1074 // denormal
	}
	var m uint64
	if k := lsb - ae; k <= 0 {
		m = rl << uint(-k) // exact; the value has at most 53 bits
	} else {
		// m = R >> k, rounded to nearest even: q = R >> (k-1) holds the
		// round bit at bit 0, and sticky tells whether anything lies below.
		k1 := uint(k - 1)
		var qh, ql uint64
		if k1 < 128 {
			qh, ql = shr128(rh, rl, k1)
		}
		round := ql&1 != 0
		var sticky bool
		switch {
		case k1 == 0:
			sticky = false
		case k1 < 64:
			sticky = rl&(1<<k1-1) != 0
		case k1 < 128:
			sticky = rl != 0 || rh&(1<<(k1-64)-1) != 0
		default:
			sticky = true
		}
		m = ql>>1 | qh<<63
		if round && (sticky || m&1 != 0) {
			m++
			if m == 1<<53 {
				m >>= 1
				lsb++
			}
		}
	}
	if lsb > 1023-52 {
		return Copysign(Inf(1), Float64frombits(as<<63))
	}
	// For a normal m (bit 52 set) the addition carries into the exponent
	// field; for a denormal lsb is -1074 and the field stays zero.
	return Float64frombits(uint64(lsb+1074)<<52 + m | as<<63)
}

// fmaSplit returns m and e with |f| == m * 2**e and the top bit of m at bit
// 52, for the bits of a finite non-zero f.
func fmaSplit(b uint64) (uint64, int) {
	e := int(b>>shift) & mask
	m := b & fracMask
	if e == 0 {
		n := bits.LeadingZeros64(m) - 11
		return m << uint(n), -1074 - n
	}
	return m | 1<<shift, e - bias - shift
}

// shl128 returns (hi, lo) << n for n < 128.
func shl128(hi, lo uint64, n uint) (uint64, uint64) {
	if n >= 64 {
		return lo << (n - 64), 0
	}
	return hi<<n | lo>>(64-n), lo << n
}

// shr128 returns (hi, lo) >> n for n < 128.
func shr128(hi, lo uint64, n uint) (uint64, uint64) {
	if n >= 64 {
		return 0, hi >> (n - 64)
	}
	return hi >> n, lo>>n | hi<<(64-n)
}

// shr128Sticky returns (hi, lo) >> n, with bit 0 set if any one bits were
// shifted out.
func shr128Sticky(hi, lo uint64, n uint) (uint64, uint64) {
	if n == 0 {
		return hi, lo
	}
	if n >= 128 {
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	}
	var lost bool
	if n >= 64 {
		lost = lo != 0 || hi<<(128-n) != 0
	} else {
		lost = lo<<(64-n) != 0
	}
	hi, lo = shr128(hi, lo, n)
	if lost {
		lo |= 1
	}
	return hi, lo
}
