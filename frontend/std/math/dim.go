package math

// Dim returns the maximum of x-y or 0.
//
// Special cases are:
//
//	Dim(+Inf, +Inf) = NaN
//	Dim(-Inf, -Inf) = NaN
//	Dim(x, NaN) = Dim(NaN, x) = NaN
func Dim(x, y float64) float64 {
	// The special cases fall out of the subtraction: Inf-Inf and anything
	// with a NaN give NaN, and NaN <= 0 is false.
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Max returns the larger of x or y.
//
// Special cases are:
//
//	Max(x, +Inf) = Max(+Inf, x) = +Inf
//	Max(x, NaN) = Max(NaN, x) = NaN
//	Max(+0, ±0) = Max(±0, +0) = +0
//	Max(-0, -0) = -0
//
// Note that this differs from the built-in function max when called
// with NaN and +Inf.
func Max(x, y float64) float64 {
	bx, by := Float64bits(x), Float64bits(y)
	switch {
	case bx == uvinf || by == uvinf:
		return Inf(1)
	case bx&^signMask > uvinf || by&^signMask > uvinf:
		return NaN()
	case (bx|by)&^signMask == 0: // both zero
		if bx == signMask {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y.
//
// Special cases are:
//
//	Min(x, -Inf) = Min(-Inf, x) = -Inf
//	Min(x, NaN) = Min(NaN, x) = NaN
//	Min(-0, ±0) = Min(±0, -0) = -0
//
// Note that this differs from the built-in function min when called
// with NaN and -Inf.
func Min(x, y float64) float64 {
	bx, by := Float64bits(x), Float64bits(y)
	switch {
	case bx == uvneginf || by == uvneginf:
		return Inf(-1)
	case bx&^signMask > uvinf || by&^signMask > uvinf:
		return NaN()
	case (bx|by)&^signMask == 0: // both zero
		if bx == signMask {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}
