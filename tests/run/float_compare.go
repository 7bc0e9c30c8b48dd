package main

import "fmt"

type Pt struct {
	X, Y float64
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func absf(a float64) float64 {
	if a < 0 {
		return -a
	}
	return a
}

func sqrt(x float64) float64 {
	// Newton iteration; exact for perfect squares
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 60; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func main() {
	fmt.Println(maxf(1.5, 2.5), maxf(-1, -2), absf(-3.25), absf(4))
	fmt.Println(sqrt(16), sqrt(2.25), sqrt(1024), sqrt(0))
	p := Pt{1.5, 2}
	q := Pt{1.5, 2.0}
	fmt.Println(p == q, p, Pt{X: -0.5})

	// sorting floats
	fs := []float64{3.5, -1, 2.25, 0, -7.75, 2.25}
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j] < fs[j-1]; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	fmt.Println(fs)

	// manhattan distance
	pts := []Pt{{0, 0}, {1.5, -2}, {-3, 4.5}}
	d := 0.0
	for i := 1; i < len(pts); i++ {
		d += absf(pts[i].X-pts[i-1].X) + absf(pts[i].Y-pts[i-1].Y)
	}
	fmt.Println(d)

	// large and small exactly representable numbers
	big := 1 << 10
	fmt.Println(float64(big), float64(big)*4)
	x := 3.0
	fmt.Println(x == 3, int(x)*2, x/2 > 1, x/2 < 1.5)
}
