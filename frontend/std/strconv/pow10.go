package strconv

// Powers of ten as 128-bit binary floating-point numbers, rounded down:
// for pow10Min <= x <= pow10Max, with i = x - pow10Min,
//
//	10^x = (pow10Hi[i]*2^64 + pow10Lo[i] + delta) * 2^pow10Exp[i],  0 <= delta < 1,
//
// where the top bit of pow10Hi[i] is set. delta is 0 exactly for
// 0 <= x <= 55 (5^55 < 2^128). The table is built on first use with exact
// arithmetic (about 700 short multiprecision steps), which costs less code
// and data than storing it.
const (
	pow10Min = -348
	pow10Max = 347
)

var pow10Hi, pow10Lo []uint64
var pow10Exp []int32

// pow10 returns the table entry for 10^x.
func pow10(x int) (hi, lo uint64, e int) {
	if pow10Hi == nil {
		initPow10()
	}
	i := x - pow10Min
	return pow10Hi[i], pow10Lo[i], int(pow10Exp[i])
}

// top128 returns the 128 leading bits of z != 0, rounded down, and the
// scale: z ~ (hi*2^64 + lo) * 2^e.
func top128(z nat) (hi, lo uint64, e int) {
	n := z.bitLen()
	var t nat
	if n >= 128 {
		t = z.shr(n - 128)
	} else {
		t = z.shl(128 - n)
	}
	lo = uint64(t[0]) | uint64(t[1])<<32
	hi = uint64(t[2]) | uint64(t[3])<<32
	return hi, lo, n - 128
}

func initPow10() {
	n := pow10Max - pow10Min + 1
	hi := make([]uint64, n)
	lo := make([]uint64, n)
	ex := make([]int32, n)
	// 10^x = 5^x * 2^x.
	p := nat{1}
	for x := 0; x <= pow10Max; x++ {
		if x > 0 {
			p = p.mulAdd(5, 0)
		}
		h, l, e := top128(p)
		i := x - pow10Min
		hi[i], lo[i], ex[i] = h, l, int32(e+x)
	}
	// 10^-x = 2^-x / 5^x. q = floor(2^960 / 5^x), computed by repeated
	// exact division by 5 (floor(floor(a/b)/c) = floor(a/(b*c))); it keeps
	// at least 128 bits up to x = 348, and its leading 128 bits rounded
	// down are floor(2^k / 5^x) for the matching k.
	const m = 960
	q := make(nat, m/32+1)
	q[m/32] = 1
	for x := 1; x <= -pow10Min; x++ {
		q, _ = q.divSmall(5)
		h, l, e := top128(q)
		i := -x - pow10Min
		hi[i], lo[i], ex[i] = h, l, int32(e-m-x)
	}
	pow10Hi, pow10Lo, pow10Exp = hi, lo, ex
}

// floorLog10Pow2 returns floor(log10(2^e)) for |e| <= 1650.
func floorLog10Pow2(e int) int {
	return int(int64(e) * 661971961083 >> 41)
}

// floorLog10ThreeQuartersPow2 returns floor(log10(3/4 * 2^e)) for
// |e| <= 1650.
func floorLog10ThreeQuartersPow2(e int) int {
	return int((int64(e)*661971961083 - 274743187321) >> 41)
}
