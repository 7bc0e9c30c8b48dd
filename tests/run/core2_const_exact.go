package main

import "fmt"

const (
	h      = 1 << 500
	third  = 1 / 3.0
	n      = len("abcd")
	big    = 1e100
	tiny   = 1e-100
	mixed  = 'a' * 2
	shifty = h >> 497
)

type Grid [2*n + 1]int

var arr [n]string

const gk = len([3]int{})

func main() {
	fmt.Println(h>>490, third*3 == 1, n, shifty)
	fmt.Println(int64(big/1e90), big*tiny, big/1e99)
	fmt.Println(mixed, string(rune(mixed/2)))
	var g Grid
	fmt.Println(len(g), len(arr), cap(g[:3]))
	var kk [gk * gk]bool
	const k = gk
	fmt.Println(k, len(kk))
	fmt.Println(1e100, 1e-100, third, float32(third))
	const f = 10.0
	var i int = f / 4 * 4
	fmt.Println(i, f/4)
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	const maxI64 = 1<<63 - 1
	const minI64 = -1 << 63
	fmt.Println(maxI64, minI64, uint64(maxI64)*2+1)
	const frac = 7.0 / 2
	fmt.Println(frac, int(frac*2), 7/2, 7/2.)
	const r = 'x' - 'a'
	var rr rune = r
	fmt.Println(r, rr)
	const bigf = 1 << 62 * 4.0
	fmt.Println(bigf, float32(bigf))
	const e = 2.718281828459045235360287471352662497757
	fmt.Println(e, float32(e), e*e)
	const sh = 1.0 << 3
	fmt.Println(sh, 16>>sh)
}
