// strconv's float conversions on hard cases: FormatFloat in every format
// and several precisions for both sizes (shortest, fixed, ties, subnormals,
// powers of two, extremes), AppendFloat, and ParseFloat on special values,
// hex floats, underscores, halfway cases, overflow and underflow.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 0.125, 0.375,
		100, 1e6, 1e20, 1e21, 1e23, 123456789, 1234567.125, 0.0001, 0.00001, 9.5, 99.5, 0.05, 2.675,
		1.005, 8.41e21, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.Ldexp(1, -25), math.Ldexp(1, 60), math.Ldexp(1, 53) + 2, 4503599627370496.5,
		math.Pi, math.E, -math.Sqrt2, 1e-7, 123e-20, 6.02214076e23, math.Inf(1), math.Inf(-1), math.NaN(),
		3.4028235677973366e38, 1.1754942e-38, 16777217, 0.000244140625,
	}
	formats := []struct {
		f byte
		p int
	}{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', 3}, {'e', 0}, {'e', 17}, {'f', 0}, {'f', 3},
		{'f', 20}, {'g', 1}, {'g', 5}, {'g', 17}, {'g', 30}, {'b', -1}, {'x', -1}, {'X', 3}, {'x', 0}, {'?', 2}}
	for _, v := range vals {
		line64, line32 := "", ""
		for _, fm := range formats {
			line64 += " " + strconv.FormatFloat(v, fm.f, fm.p, 64)
			line32 += " " + strconv.FormatFloat(v, fm.f, fm.p, 32)
		}
		fmt.Println(line64)
		fmt.Println(" [32]" + line32)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 60, 64))
	fmt.Println(strconv.FormatFloat(5e-324, 'e', 760, 64)[740:])
	fmt.Println(strconv.FormatFloat(math.MaxFloat64, 'f', 2, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("v="), 1.25, 'g', -1, 64)))

	// Ties round half to even on the exact value.
	for _, v := range []float64{0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1.25, 1.35, 2.5e-8, 1e22 + 5e6} {
		fmt.Println(strconv.FormatFloat(v, 'f', 0, 64), strconv.FormatFloat(v, 'f', 1, 64), strconv.FormatFloat(v, 'e', 1, 64), strconv.FormatFloat(v, 'g', 2, 64))
	}

	inputs := []string{
		"0", "-0", "+0.0", "1", "1.5", ".5", "5.", "1e10", "1E10", "1e+10", "1e-10", "1.7976931348623157e308",
		"1.7976931348623159e308", "1e309", "-1e309", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-400", "0e99999", "1e99999", "inf", "+Inf", "-INF", "infinity",
		"-Infinity", "infinit", "nan", "NaN", "-nan", "+nan", "1_000.000_1", "1__0", "_1", "1_", "0x1p0",
		"0x1.8p1", "-0X1P-2", "0x_1p4", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075",
		"0x1.0000000000001p-1075", "0x1p1024", "0x1", "0xp1", "0x.8p1", "1e", "1e+", "e1", ".", "",
		"+", "1.5.5", "1.5e1.5", " 1", "1 ", "1x", "0.1e-5_0", "9007199254740993", "9007199254740992.5",
		"9007199254740993.0000000000000000000001", "123456789012345678901234567890e-10",
		"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7.006492321624085e-46",
		"7.006492321624086e-46", "16777217", "0.1", "0.30000000000000004",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		g, gerr := strconv.ParseFloat(s, 32)
		fmt.Println(strconv.Quote(s), f, math.Float64bits(f), err, "|", g, gerr)
	}
}
