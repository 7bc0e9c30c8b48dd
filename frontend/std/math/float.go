package math

// Frexp breaks f into a normalized fraction
// and an integral power of two.
// It returns frac and exp satisfying f == frac × 2**exp,
// with the absolute value of frac in the interval [½, 1).
//
// Special cases are:
//
//	Frexp(±0) = ±0, 0
//	Frexp(±Inf) = ±Inf, 0
//	Frexp(NaN) = NaN, 0
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = normalize(f)
	b := Float64bits(f)
	exp += int(b>>shift&mask) - bias + 1
	// Give the fraction the biased exponent of 2**-1.
	b = b&^(mask<<shift) | (bias-1)<<shift
	return Float64frombits(b), exp
}

// Ldexp is the inverse of Frexp.
// It returns frac × 2**exp.
//
// Special cases are:
//
//	Ldexp(±0, exp) = ±0
//	Ldexp(±Inf, exp) = ±Inf
//	Ldexp(NaN, exp) = NaN
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>shift&mask) - bias // the unbiased exponent of the result
	if exp < -1075 {
		return Copysign(0, frac) // below half the smallest denormal
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	m := 1.0
	if exp < -1022 {
		// A denormal result: build it 2**53 times too large, then let one
		// multiplication do the (correctly rounded) scaling down.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	b = b&^(mask<<shift) | uint64(exp+bias)<<shift
	return m * Float64frombits(b)
}

// Modf returns integer and fractional floating-point numbers
// that sum to f. Both values have the same sign as f.
//
// Special cases are:
//
//	Modf(±Inf) = ±Inf, NaN
//	Modf(NaN) = NaN, NaN
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		if f < 0 {
			int, frac = Modf(-f)
			return -int, -frac
		}
		if f == 0 {
			return f, f // ±0, ±0
		}
		return 0, f
	}
	// f >= 1 (or NaN): clear the fraction bits below the binary point.
	b := Float64bits(f)
	e := uint(b>>shift)&mask - bias
	if e < shift {
		b &^= 1<<(shift-e) - 1
	}
	int = Float64frombits(b)
	frac = f - int
	return
}

// Round returns the nearest integer, rounding half away from zero.
//
// Special cases are:
//
//	Round(±0) = ±0
//	Round(±Inf) = ±Inf
//	Round(NaN) = NaN
func Round(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>shift) & mask
	switch {
	case e < bias-1: // |x| < 0.5
		b &= signMask
	case e == bias-1: // 0.5 <= |x| < 1
		b = b&signMask | uvone
	case e < bias+shift: // has fraction bits
		// Add half an integer unit, then chop: a carry into the
		// exponent field is the right answer too.
		e -= bias
		b += 1 << (shift - 1) >> e
		b &^= fracMask >> e
	}
	return Float64frombits(b)
}

// RoundToEven returns the nearest integer, rounding ties to even.
//
// Special cases are:
//
//	RoundToEven(±0) = ±0
//	RoundToEven(±Inf) = ±Inf
//	RoundToEven(NaN) = NaN
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>shift) & mask
	switch {
	case e < bias-1: // |x| < 0.5
		b &= signMask
	case e == bias-1: // 0.5 <= |x| < 1: 1 unless exactly 0.5
		if b&fracMask == 0 {
			b &= signMask
		} else {
			b = b&signMask | uvone
		}
	case e < bias+shift:
		e -= bias
		unit := uint64(1) << (shift - e) // the integer unit, in mantissa bits
		half := unit >> 1
		frac := b & (unit - 1)
		b &^= unit - 1
		if frac > half || frac == half && b&unit != 0 {
			b += unit
		}
	}
	return Float64frombits(b)
}

// Mod returns the floating-point remainder of x/y.
// The magnitude of the result is less than y and its
// sign agrees with that of x.
//
// Special cases are:
//
//	Mod(±Inf, y) = NaN
//	Mod(NaN, y) = NaN
//	Mod(x, 0) = NaN
//	Mod(x, ±Inf) = x
//	Mod(x, NaN) = NaN
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	ax, ay := Abs(x), Abs(y)
	if ax < ay {
		return x // also covers y = ±Inf and x = ±0
	}
	// The remainder is exact: work on the integer mantissas. With
	// x = mx * 2**ex and y = my * 2**ey (ex >= ey), reduce mx * 2**(ex-ey)
	// modulo my one bit of exponent at a time.
	mx, ex := fmaSplit(Float64bits(ax))
	my, ey := fmaSplit(Float64bits(ay))
	// Both mantissas have their top bit at bit 52, so mx < 2*my and one
	// subtraction per step keeps mx below my.
	for ex > ey {
		if mx >= my {
			mx -= my
		}
		if mx == 0 {
			return Copysign(0, x)
		}
		mx <<= 1
		ex--
	}
	if mx >= my {
		mx -= my
	}
	if mx == 0 {
		return Copysign(0, x)
	}
	return Copysign(Ldexp(float64(mx), ey), x)
}

// Remainder returns the IEEE 754 floating-point remainder of x/y.
//
// Special cases are:
//
//	Remainder(±Inf, y) = NaN
//	Remainder(NaN, y) = NaN
//	Remainder(x, 0) = NaN
//	Remainder(x, ±Inf) = x
//	Remainder(x, NaN) = NaN
func Remainder(x, y float64) float64 {
	const HalfMax = MaxFloat64 / 2
	if x != x || y != y || IsInf(x, 0) || y == 0 {
		return NaN()
	}
	if IsInf(y, 0) {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	y = Abs(y)
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= HalfMax {
		x = Mod(x, y+y) // now x < 2y, exactly
	}
	// Bring x into [-y/2, y/2], halfway cases to the even multiple.
	// Every subtraction below is exact.
	if y < 0x1p-1021 {
		// y/2 could be inexact: compare 2x with y instead.
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		h := 0.5 * y
		if x > h {
			x -= y
			if x >= h {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Nextafter returns the next representable float64 value after x towards y.
//
// Special cases are:
//
//	Nextafter(x, x)   = x
//	Nextafter(NaN, y) = NaN
//	Nextafter(x, NaN) = NaN
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
//
// Special cases are:
//
//	Nextafter32(x, x)   = x
//	Nextafter32(NaN, y) = NaN
//	Nextafter32(x, NaN) = NaN
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}
