package main

import (
	"fmt"
	"math"
)

// A deterministic sweep over each function: prints a few samples and a
// hash of the result bits over many pseudo-random arguments.

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// unit returns a float in [0, 1).
func unit() float64 { return float64(next()>>11) / (1 << 53) }

// arg draws an argument: mostly moderate values, sometimes any bits.
func arg(scale float64) float64 {
	switch next() % 8 {
	case 0:
		return math.Float64frombits(next())
	case 1:
		return (unit()*2 - 1) * 1e-8
	case 2:
		return math.Ldexp(unit()+0.5, int(next()%120)-60) * sign()
	}
	return (unit()*2 - 1) * scale
}

func sign() float64 {
	if next()%2 == 0 {
		return -1
	}
	return 1
}

func bitsOf(v float64) uint64 {
	if v != v {
		return 0x7FF8000000000001
	}
	return math.Float64bits(v)
}

func sweep1(name string, f func(float64) float64, scale float64, n int) {
	var h uint64
	for i := 0; i < n; i++ {
		x := arg(scale)
		y := f(x)
		h = h*1099511628211 ^ bitsOf(y)
		if i < 3 {
			fmt.Println(" ", name, x, y)
		}
	}
	fmt.Println(name, "hash", h)
}

func sweep2(name string, f func(float64, float64) float64, sx, sy float64, n int) {
	var h uint64
	for i := 0; i < n; i++ {
		x, y := arg(sx), arg(sy)
		z := f(x, y)
		h = h*1099511628211 ^ bitsOf(z)
		if i < 3 {
			fmt.Println(" ", name, x, y, z)
		}
	}
	fmt.Println(name, "hash", h)
}

func main() {
	const n = 3000
	sweep1("Sqrt", math.Sqrt, 1e6, n)
	sweep1("Floor", math.Floor, 1e6, n)
	sweep1("Ceil", math.Ceil, 1e6, n)
	sweep1("Trunc", math.Trunc, 1e6, n)
	sweep1("Round", math.Round, 1e3, n)
	sweep1("RoundToEven", math.RoundToEven, 1e3, n)
	sweep1("Exp", math.Exp, 700, n)
	sweep1("Exp2", math.Exp2, 1000, n)
	sweep1("Expm1", math.Expm1, 40, n)
	sweep1("Log", math.Log, 1e10, n)
	sweep1("Log2", math.Log2, 1e10, n)
	sweep1("Log10", math.Log10, 1e10, n)
	sweep1("Log1p", math.Log1p, 10, n)
	sweep1("Sin", math.Sin, 1e4, n)
	sweep1("Cos", math.Cos, 1e4, n)
	sweep1("Tan", math.Tan, 1e4, n)
	sweep1("SinHuge", math.Sin, 1e300, n)
	sweep1("CosHuge", math.Cos, 1e20, n)
	sweep1("TanHuge", math.Tan, 1e12, n)
	sweep1("Asin", math.Asin, 1, n)
	sweep1("Acos", math.Acos, 1, n)
	sweep1("Atan", math.Atan, 100, n)
	sweep1("Sinh", math.Sinh, 30, n)
	sweep1("Cosh", math.Cosh, 30, n)
	sweep1("Tanh", math.Tanh, 30, n)
	sweep1("Cbrt", math.Cbrt, 1e9, n)
	sweep1("Asinh", math.Asinh, 1e3, n)
	sweep1("Acosh", func(x float64) float64 { return math.Acosh(1 + math.Abs(x)) }, 1e3, n)
	sweep1("Atanh", math.Atanh, 1, n)
	sweep1("Gamma", math.Gamma, 40, n)
	sweep1("GammaWide", math.Gamma, 200, n)
	sweep1("Erf", math.Erf, 7, n)
	sweep1("Erfc", math.Erfc, 30, n)
	sweep1("Logb", math.Logb, 1e10, n)
	sweep1("Modf", func(x float64) float64 { i, f := math.Modf(x); return i + 1e6*f }, 1e7, n)
	sweep1("Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e) }, 1e7, n)
	sweep1("Ldexp", func(x float64) float64 { return math.Ldexp(x, int(next()%2400)-1200) }, 10, n)
	sweep2("Pow", math.Pow, 20, 20, n)
	sweep2("PowInt", func(x, y float64) float64 { return math.Pow(x, math.Trunc(y)) }, 3, 400, n)
	sweep2("Atan2", math.Atan2, 10, 10, n)
	sweep2("Hypot", math.Hypot, 1e5, 1e5, n)
	sweep2("Mod", math.Mod, 1e6, 10, n)
	sweep2("Remainder", math.Remainder, 1e6, 10, n)
	sweep2("Max", math.Max, 10, 10, n)
	sweep2("Min", math.Min, 10, 10, n)
	sweep2("Dim", math.Dim, 10, 10, n)
	sweep2("Nextafter", math.Nextafter, 10, 10, n)
	sweep2("FMA", func(x, y float64) float64 { return math.FMA(x, y, arg(100)) }, 100, 100, n)
}
