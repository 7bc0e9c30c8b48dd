package math

// Hypot returns Sqrt(p*p + q*q), taking care to avoid
// unnecessary overflow and underflow.
//
// Special cases are:
//
//	Hypot(±Inf, q) = +Inf
//	Hypot(p, ±Inf) = +Inf
//	Hypot(NaN, q) = NaN
//	Hypot(p, NaN) = NaN
func Hypot(p, q float64) float64 {
	// As Go's amd64 assembly: max * sqrt(1 + (min/max)**2).
	bp, bq := Float64bits(p)&^signMask, Float64bits(q)&^signMask
	if bp >= uvinf || bq >= uvinf {
		if bp == uvinf || bq == uvinf {
			return Inf(1)
		}
		return NaN()
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = Float64frombits(bp), Float64frombits(bq)
	if p < q {
		p, q = q, p
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
