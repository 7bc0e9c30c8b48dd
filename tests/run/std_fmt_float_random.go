// 100,000 pseudo-random float64 bit patterns (plus hard cases) through
// fmt's %v %g %e %.3f %.17g and strconv.ParseFloat round trips; prints a
// hash of all the text and a sample, so the expected output stays small.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	var h uint64 = 14695981039346656037
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	hard := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.5, 0.125, 2.675, 1.005, 1e21, 1e-7,
		123456789, 0.1, 1.0 / 3, 5e-324, 2.2250738585072014e-308, 9007199254740993}
	bad := 0
	for i := 0; i < 100000+len(hard); i++ {
		var f float64
		if i < len(hard) {
			f = hard[i]
		} else {
			f = math.Float64frombits(next())
		}
		s := fmt.Sprintf("%v|%g|%e|%.3f|%.17g", f, f, f, f, f)
		mix(s)
		if i%10000 == 0 || i < len(hard) {
			fmt.Println(s)
		}
		if !math.IsNaN(f) {
			g, err := strconv.ParseFloat(fmt.Sprint(f), 64)
			if err != nil || g != f {
				bad++
			}
		}
	}
	fmt.Println("hash", h, "bad round trips", bad)
}
