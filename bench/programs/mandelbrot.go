// mandelbrot: the Benchmarks Game Mandelbrot set bitmap. Instead of the PBM
// image it prints checksums of the packed bitmap.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	const limit = 4.0
	const iter = 50
	rowBytes := (n + 7) / 8
	bitmap := make([]byte, rowBytes*n)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		row := bitmap[y*rowBytes : (y+1)*rowBytes]
		var bits byte
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iter && tr+ti <= limit; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= limit {
				bits |= 1
			}
			if x%8 == 7 {
				row[x/8] = bits
				bits = 0
			}
		}
		if n%8 != 0 {
			bits <<= uint(8 - n%8)
			row[rowBytes-1] = bits
		}
	}
	var sum, xor uint32
	ones := 0
	var h uint32 = 2166136261
	for _, b := range bitmap {
		sum += uint32(b)
		xor ^= uint32(b)
		h = (h ^ uint32(b)) * 16777619
		for ; b != 0; b &= b - 1 {
			ones++
		}
	}
	fmt.Printf("P4 %d %d\n", n, n)
	fmt.Printf("bytes=%d sum=%d xor=%d ones=%d fnv=%08x\n", len(bitmap), sum, xor, ones, h)
}
