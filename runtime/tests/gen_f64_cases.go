//go:build ignore

// Generates the expected float output used by tests/io.rs, from the real Go
// toolchain:
//
//	cd runtime/tests && go run gen_f64_cases.go
//
// writes f64_cases.txt and f32_cases.txt, lines of "hexbits<TAB>text", where
// text is what fmt's %v (= print/println) prints for the float with those
// bits. With -stress N -seed S it instead writes N random cases of each kind
// to stress64.txt / stress32.txt (not checked in; see io.rs for how to run
// the test against them).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

type set64 struct {
	seen map[uint64]bool
	list []uint64
}

func (s *set64) add(b uint64) {
	if !s.seen[b] {
		s.seen[b] = true
		s.list = append(s.list, b)
	}
}

func (s *set64) addf(f float64) { s.add(math.Float64bits(f)) }

// addAround adds f and its neighbours.
func (s *set64) addAround(f float64) {
	b := math.Float64bits(f)
	s.add(b)
	s.add(b + 1)
	if b&^(1<<63) != 0 {
		s.add(b - 1)
	}
}

type set32 struct {
	seen map[uint32]bool
	list []uint32
}

func (s *set32) add(b uint32) {
	if !s.seen[b] {
		s.seen[b] = true
		s.list = append(s.list, b)
	}
}

func (s *set32) addf(f float32) { s.add(math.Float32bits(f)) }

func (s *set32) addAround(f float32) {
	b := math.Float32bits(f)
	s.add(b)
	s.add(b + 1)
	if b&^(1<<31) != 0 {
		s.add(b - 1)
	}
}

// randomDecimal returns a short decimal string like "1.2345e-17"; parsing it
// gives a float whose shortest form is (usually) that decimal.
func randomDecimal(r *rand.Rand, maxDigits, minExp, maxExp int) string {
	nd := 1 + r.Intn(maxDigits)
	digits := make([]byte, nd)
	for i := range digits {
		digits[i] = byte('0' + r.Intn(10))
	}
	digits[0] = byte('1' + r.Intn(9))
	s := string(digits[:1])
	if nd > 1 {
		s += "." + string(digits[1:])
	}
	return s + "e" + strconv.Itoa(minExp+r.Intn(maxExp-minExp+1))
}

func cases64(r *rand.Rand) []uint64 {
	s := &set64{seen: map[uint64]bool{}}
	// Specials and extremes.
	s.addf(0)
	s.addf(math.Copysign(0, -1))
	s.addf(math.Inf(1))
	s.addf(math.Inf(-1))
	s.add(0x7ff8000000000000) // NaN
	s.add(0xfff8000000000001) // NaN, negative, payload
	s.add(0x7ff0000000000001) // signalling NaN
	s.add(1)                  // 5e-324
	s.add(2)
	s.add(3)
	s.add(0x000fffffffffffff) // largest subnormal
	s.add(0x0010000000000000) // smallest normal
	s.add(0x0010000000000001)
	s.add(0x7fefffffffffffff) // MaxFloat64
	s.add(0x7feffffffffffffe)
	s.add(0x8000000000000001)
	s.add(0xffefffffffffffff)
	// Hand-picked values around the %e/%f switch and well-known cases.
	for _, f := range []float64{
		0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1, -1, 1.5, -1.5, 2.5, 0.5,
		123456789, 123456789012345678, 1e20, 1e21, 1e22, 1e23, 1e6, 1e5,
		999999, 999999.5, 999999.9999, 9999999, 100000, 123456, 1234567,
		1e-4, 1e-5, 0.0001234, 0.00001234, 0.000099999, 5e-5, 1.5e-5,
		3.141592653589793, 2.718281828459045, 1.7976931348623157e308,
		2.2250738585072014e-308, 4.9406564584124654e-324, 9007199254740992,
		9007199254740993, 9007199254740994, 4503599627370496.5, 1 << 62,
		1 << 63, 1 << 64, 18446744073709551615, 9223372036854775807,
		-9223372036854775808, 0.000001, 1e-7, 1e-10, 1e-100, 1e100, 1e300,
		5e-324, 1e-323, 2e-323, 1e-322, 1e-310, 1.23e-315, 299792458,
		6.02214076e23, 6.62607015e-34, 1.602176634e-19, 0.30000000000000004,
		100, 1000, 10000, 12345.678, 0.000123, 42, 1e15, 1e16, 1e17, 1e18,
		1e19, 123.456, 8.41e21, 5.0e-324 * 3, 2.5e-324, 7e-323,
	} {
		s.addAround(f)
		s.addAround(-f)
	}
	// Powers of two, with neighbours for some (asymmetric lower bound).
	for e := -1074; e <= 1023; e++ {
		f := math.Ldexp(1, e)
		if e%5 == 0 || e < -1060 || e > 1015 || (e >= -20 && e <= 70) {
			s.addf(f)
		}
		if e%37 == 0 {
			s.addAround(f)
		}
	}
	// Powers of ten and their neighbours.
	for k := -323; k <= 308; k++ {
		f, _ := strconv.ParseFloat("1e"+strconv.Itoa(k), 64)
		if k%2 == 0 || (k >= -10 && k <= 25) {
			s.addf(f)
		}
		if k%11 == 0 || (k >= -6 && k <= 23) {
			s.addAround(f)
		}
	}
	// Exact halfway-looking decimals: n + 0.5 and n / 2^k.
	for i := 0; i < 60; i++ {
		n := float64(r.Int63n(1 << uint(1+r.Intn(52))))
		s.addf(n + 0.5)
		s.addf(n / float64(uint64(1)<<uint(r.Intn(60))))
	}
	// Short decimals parsed from text (shortest output = the text, usually).
	for i := 0; i < 300; i++ {
		f, _ := strconv.ParseFloat(randomDecimal(r, 17, -325, 308), 64)
		s.addf(f)
	}
	for i := 0; i < 100; i++ {
		f, _ := strconv.ParseFloat(randomDecimal(r, 17, -8, 25), 64)
		s.addf(f)
	}
	// Random subnormals.
	for i := 0; i < 100; i++ {
		s.add(r.Uint64() & (1<<52 - 1) >> uint(r.Intn(52)))
	}
	// Random mantissas with exponents around zero (both signs).
	for i := 0; i < 150; i++ {
		e := uint64(1023 - 30 + r.Intn(100))
		s.add(uint64(r.Intn(2))<<63 | e<<52 | r.Uint64()&(1<<52-1))
	}
	// Random bit patterns.
	for len(s.list) < 2000 {
		s.add(r.Uint64())
	}
	return s.list
}

func cases32(r *rand.Rand) []uint32 {
	s := &set32{seen: map[uint32]bool{}}
	s.addf(0)
	s.addf(float32(math.Copysign(0, -1)))
	s.addf(float32(math.Inf(1)))
	s.addf(float32(math.Inf(-1)))
	s.add(0x7fc00000)
	s.add(0xffc00001)
	s.add(1)          // 1e-45
	s.add(0x007fffff) // largest subnormal
	s.add(0x00800000) // smallest normal
	s.add(0x7f7fffff) // MaxFloat32
	s.add(0x80000001)
	for _, f := range []float32{
		0.1, 0.2, 0.3, 1.0 / 3, 1, 1.5, 2.5, 16777216, 16777217, 123456,
		1234567, 1e6, 1e7, 1e10, 1e20, 1e21, 1e30, 1e38, 3.4028235e38,
		1e-4, 1e-5, 1e-10, 1e-38, 1e-40, 1e-45, 3.1415927, 0.3, 100,
		8.589973e9, 8.5899e9, 1.1754944e-38, 299792458,
	} {
		s.addAround(f)
		s.addAround(-f)
	}
	for e := -149; e <= 127; e++ {
		if e%3 == 0 || e < -140 || e > 120 {
			s.addf(float32(math.Ldexp(1, e)))
		}
	}
	for k := -45; k <= 38; k++ {
		f, _ := strconv.ParseFloat("1e"+strconv.Itoa(k), 32)
		if k%2 == 0 {
			s.addAround(float32(f))
		} else {
			s.addf(float32(f))
		}
	}
	for i := 0; i < 80; i++ {
		f, _ := strconv.ParseFloat(randomDecimal(r, 9, -46, 38), 32)
		s.addf(float32(f))
	}
	for i := 0; i < 30; i++ {
		s.add(r.Uint32() & (1<<23 - 1) >> uint(r.Intn(23)))
	}
	for len(s.list) < 500 {
		s.add(r.Uint32())
	}
	return s.list
}

func write(name string, lines func(w *bufio.Writer)) {
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	lines(w)
	if err := w.Flush(); err != nil {
		panic(err)
	}
	if err := f.Close(); err != nil {
		panic(err)
	}
}

func main() {
	stress := flag.Int("stress", 0, "write this many random cases to stress64.txt/stress32.txt")
	seed := flag.Int64("seed", 1, "random seed for -stress")
	flag.Parse()

	if *stress > 0 {
		r := rand.New(rand.NewSource(*seed))
		write("stress64.txt", func(w *bufio.Writer) {
			for i := 0; i < *stress; i++ {
				var b uint64
				switch i % 4 {
				case 0, 1:
					b = r.Uint64()
				case 2:
					f, _ := strconv.ParseFloat(randomDecimal(r, 17, -325, 308), 64)
					b = math.Float64bits(f)
				case 3:
					b = r.Uint64() >> uint(r.Intn(64))
				}
				fmt.Fprintf(w, "%016x\t%v\n", b, math.Float64frombits(b))
			}
		})
		write("stress32.txt", func(w *bufio.Writer) {
			for i := 0; i < *stress; i++ {
				b := r.Uint32()
				if i%3 == 2 {
					b >>= uint(r.Intn(32))
				}
				fmt.Fprintf(w, "%08x\t%v\n", b, math.Float32frombits(b))
			}
		})
		return
	}

	r := rand.New(rand.NewSource(20261019))
	write("f64_cases.txt", func(w *bufio.Writer) {
		for _, b := range cases64(r) {
			fmt.Fprintf(w, "%016x\t%v\n", b, math.Float64frombits(b))
		}
	})
	write("f32_cases.txt", func(w *bufio.Writer) {
		for _, b := range cases32(r) {
			fmt.Fprintf(w, "%08x\t%v\n", b, math.Float32frombits(b))
		}
	})
}
