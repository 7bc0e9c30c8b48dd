package math

// useFMA says whether Exp follows the fused multiply-add variant of Go's
// amd64 assembly, which Go runs on CPUs with AVX and FMA (every x86-64 CPU
// since about 2013). The two variants differ in the last bit for some
// arguments.
const useFMA = true

// Exp returns e**x, the base-e exponential of x.
//
// Special cases are:
//
//	Exp(+Inf) = +Inf
//	Exp(NaN) = NaN
//
// Very large values overflow to 0 or +Inf.
// Very small values underflow to 1.
func Exp(x float64) float64 {
	// This follows Go's amd64 assembly, which is after Naoki Shibata's
	// SLEEF: x = n*ln2 + r, exp(r/16) by its Taylor series to degree 8,
	// then squared four times as e**(2t)-1 = (e**t-1) * (e**t-1 + 2).
	const (
		Ln2U     = 0.69314718055966295651160180568695068359375           // upper half of ln 2
		Ln2L     = 0.28235290563031577122588448175013436025525412068e-12 // lower half
		Overflow = 7.09782712893384e+02

		T2 = 0.5
		T3 = 1.6666666666666666667e-1
		T4 = 4.1666666666666666667e-2
		T5 = 8.3333333333333333333e-3
		T6 = 1.3888888888888888889e-3
		T7 = 1.9841269841269841270e-4
		T8 = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf {
		if b == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > Overflow {
		return Inf(1)
	}
	n := roundToInt32(Log2E * x)
	fn := float64(n)
	var y float64
	if useFMA {
		r := FMA(-fn, Ln2U, x)
		r = FMA(-fn, Ln2L, r)
		r *= 0.0625
		p := FMA(T8, r, T7)
		p = FMA(p, r, T6)
		p = FMA(p, r, T5)
		p = FMA(p, r, T4)
		p = FMA(p, r, T3)
		p = FMA(p, r, T2)
		p = FMA(p, r, 1)
		y = r * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y = FMA(y, y+2, 1)
	} else {
		r := x - fn*Ln2U
		r -= fn * Ln2L
		r *= 0.0625
		p := (((((T8*r+T7)*r+T6)*r+T5)*r+T4)*r+T3)*r + T2
		p = p*r + 1
		y = r * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y++
	}
	// Scale by 2**n.
	e := n + bias
	if e >= 2*bias+1 {
		return Inf(1)
	}
	if e > 0 {
		return y * Float64frombits(uint64(e)<<shift)
	}
	if e < -52 {
		return 0
	}
	// A denormal result: scale by 2**(n+1022), then by 2**-1022.
	y *= Float64frombits(uint64(e+bias-1) << shift)
	return y * Float64frombits(1<<shift)
}

// roundToInt32 converts f to int32 rounding to nearest, ties to even, as
// x86's CVTSD2SL does; out of range (or NaN), it gives -1<<31.
func roundToInt32(f float64) int32 {
	if !(f > -2147483648.5 && f < 2147483647.5) {
		return -1 << 31
	}
	t := Trunc(f)
	d := f - t // exact
	n := int32(t)
	switch {
	case d > 0.5 || d == 0.5 && n&1 != 0:
		n++
	case d < -0.5 || d == -0.5 && n&1 != 0:
		n--
	}
	return n
}

// Exp2 returns 2**x, the base-2 exponential of x.
//
// Special cases are the same as Exp.
func Exp2(x float64) float64 {
	const (
		Ln2Hi = 6.93147180369123816490e-01
		Ln2Lo = 1.90821492927058770002e-10

		Overflow  = 1.0239999999999999e+03
		Underflow = -1.0740e+03
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > Overflow:
		return Inf(1)
	case x < Underflow:
		return 0
	}
	// x = k + t with k an integer, |t| <= 1/2; 2**t = e**(t*ln2).
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * Ln2Hi
	lo := -t * Ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e**r * 2**k where r = hi - lo and |r| <= ln(2)/2, with
// the Remez polynomial of FreeBSD's e_exp.c.
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01  /* 0x3FC55555; 0x55555555 */
		P2 = -2.77777777770155933842e-03 /* 0xBF66C16C; 0x16BEBD93 */
		P3 = 6.61375632143793436117e-05  /* 0x3F11566A; 0xAF25DE2C */
		P4 = -1.65339022054652515390e-06 /* 0xBEBBBD41; 0xC5D26BF1 */
		P5 = 4.13813679705723846039e-08  /* 0x3E663769; 0x72BEA4D0 */
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1.
// It is more accurate than Exp(x) - 1 when x is near zero.
//
// Special cases are:
//
//	Expm1(+Inf) = +Inf
//	Expm1(-Inf) = -1
//	Expm1(NaN) = NaN
//
// Very large values overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	// FreeBSD's s_expm1.c: reduce x = k*ln2 + r with |r| <= ln2/2 and a
	// correction term c, approximate expm1(r) with a rational function
	// whose denominator is a polynomial in r*r/2, then rebuild.
	const (
		Othreshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		Ln2X56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		Ln2HalfX3  = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		Ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		Ln2Hi      = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		Ln2Lo      = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		InvLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		Tiny       = 1.0 / (1 << 54)            // 2**-54 = 0x3c90000000000000

		Q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		Q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		Q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		Q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		Q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	switch {
	case IsInf(x, 1) || x != x:
		return x
	case IsInf(x, -1):
		return -1
	}
	absx := x
	neg := false
	if x < 0 {
		absx = -absx
		neg = true
	}
	// Huge arguments.
	if absx >= Ln2X56 {
		if neg {
			return -1 // e**x is below half an ulp of 1
		}
		if absx >= Othreshold {
			return Inf(1)
		}
	}
	// Argument reduction.
	var c float64
	var k int
	if absx > Ln2Half {
		var hi, lo float64
		if absx < Ln2HalfX3 {
			if !neg {
				hi = x - Ln2Hi
				lo = Ln2Lo
				k = 1
			} else {
				hi = x + Ln2Hi
				lo = -Ln2Lo
				k = -1
			}
		} else {
			if !neg {
				k = int(InvLn2*x + 0.5)
			} else {
				k = int(InvLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*Ln2Hi // exact: t*Ln2Hi is exact here
			lo = t * Ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if absx < Tiny {
		return x
	} else {
		k = 0
	}
	// x is now in the primary range.
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(Q1+hxs*(Q2+hxs*(Q3+hxs*(Q4+hxs*Q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs) // c is 0
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56: // e**x - 1 is just e**x, or -1
		y := 1 - (e - x)
		if k == 1024 {
			y = y * 2 * Float64frombits(0x7fe<<52)
		} else {
			y = Float64frombits(Float64bits(y) + uint64(k)<<52)
		}
		return y - 1
	}
	if k < 20 {
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		y := t - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<52)
		return y
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	y = Float64frombits(Float64bits(y) + uint64(k)<<52)
	return y
}
