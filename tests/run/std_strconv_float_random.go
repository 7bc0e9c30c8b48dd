// 100,000 pseudo-random float64 bit patterns (xorshift64) through
// FormatFloat ('g' -1, 'e' 5, 'f' 3) and back through ParseFloat; prints an
// FNV-1a hash of all the strings and parsed bits, plus a sample.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var h uint64 = 14695981039346656037

func hashString(s string) {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
}

func hashBits(b uint64) {
	for i := 0; i < 8; i++ {
		h ^= b & 0xff
		h *= 1099511628211
		b >>= 8
	}
}

func main() {
	x := uint64(88172645463325252)
	roundTrip := 0
	for i := 0; i < 100000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		g := strconv.FormatFloat(f, 'g', -1, 64)
		e := strconv.FormatFloat(f, 'e', 5, 64)
		fx := strconv.FormatFloat(f, 'f', 3, 64)
		hashString(g)
		hashString(e)
		hashString(fx)
		p, err := strconv.ParseFloat(g, 64)
		if err == nil && (math.Float64bits(p) == x || f != f && p != p) {
			roundTrip++
		}
		q, err := strconv.ParseFloat(e, 64)
		hashBits(math.Float64bits(q))
		if err != nil {
			hashString(err.Error())
		}
		q32, err := strconv.ParseFloat(g, 32)
		hashBits(math.Float64bits(q32))
		if err != nil {
			hashString(err.Error())
		}
		if i%5000 == 0 {
			if len(fx) > 40 {
				fx = fx[:20] + "..." + fx[len(fx)-10:]
			}
			fmt.Println(g, e, fx, strconv.FormatFloat(q32, 'g', -1, 32))
		}
	}
	fmt.Println("round trips:", roundTrip)
	fmt.Println("hash:", h)
}
