package main

import (
	"fmt"
	"math"
)

// show prints a value with its bits; NaN payloads differ between
// machines, so a NaN prints as just NaN.
func show(name string, x, v float64) {
	if v != v {
		fmt.Println(name, x, "NaN")
		return
	}
	fmt.Println(name, x, v, math.Float64bits(v))
}

func show2(name string, x, y, v float64) {
	if v != v {
		fmt.Println(name, x, y, "NaN")
		return
	}
	fmt.Println(name, x, y, v, math.Float64bits(v))
}

var negZero = math.Copysign(0, -1)
var inf = math.Inf(1)
var nan = math.NaN()

var specials = []float64{0, negZero, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 2.5, -2.5, inf, -inf, nan,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	0x1p-1022, math.Pi, -math.Pi, 1e300, -1e300, 710, -746, 1 << 60}

// A smaller set for the functions of two and three arguments.
var specials2 = []float64{0, negZero, 1, -1, 0.5, -2.5, 3, inf, -inf, nan,
	math.MaxFloat64, math.SmallestNonzeroFloat64, -0x1p-1022, math.Pi, 1e300, -746}

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.IsNaN(math.NaN()), math.IsNaN(1))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(-inf, 0), math.IsInf(1e308, 0))
	fmt.Println(math.Signbit(negZero), math.Signbit(0), math.Signbit(-1), math.Signbit(nan))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x400921fb54442d18), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))

	ones := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
		{"Abs", math.Abs}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan},
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Gamma", math.Gamma},
		{"Logb", math.Logb}, {"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
		{"Sincos.sin", func(x float64) float64 { s, _ := math.Sincos(x); return s }},
		{"Sincos.cos", func(x float64) float64 { _, c := math.Sincos(x); return c }},
	}
	for _, f := range ones {
		for _, x := range specials {
			show(f.name, x, f.f(x))
		}
	}
	for _, x := range specials {
		i, fr := math.Modf(x)
		show("Modf.int", x, i)
		show("Modf.frac", x, fr)
		m, e := math.Frexp(x)
		show("Frexp", x, m)
		fmt.Println("Frexp.exp", x, e)
		for _, n := range []int{0, 1, -1, 52, -1074, 1023, 1024, -2000, 2000} {
			show2("Ldexp", x, float64(n), math.Ldexp(x, n))
		}
	}
	twos := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
		{"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
	}
	for _, f := range twos {
		for _, x := range specials2 {
			for _, y := range specials2 {
				show2(f.name, x, y, f.f(x, y))
			}
		}
	}
	for _, x := range specials2[:9] {
		for _, y := range specials2 {
			for _, z := range []float64{0, negZero, 1, -1, inf, -inf, nan, 1e-300, -1e300} {
				if v := math.FMA(x, y, z); v != v {
					fmt.Println("FMA", x, y, z, "NaN")
				} else {
					fmt.Println("FMA", x, y, z, v, math.Float64bits(v))
				}
			}
		}
	}
	fmt.Println("Nextafter32", math.Nextafter32(1, 2), math.Nextafter32(1, 0), math.Nextafter32(0, -1), math.Nextafter32(float32(math.Inf(1)), 0))
	for n := -330; n <= 330; n += 7 {
		show("Pow10", float64(n), math.Pow10(n))
	}
	show("Pow10", 308, math.Pow10(308))
	show("Pow10", 309, math.Pow10(309))
	show("Pow10", -323, math.Pow10(-323))
	show("Pow10", -324, math.Pow10(-324))
}
