package main

import "fmt"

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x / 2
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func sqrt32(x float32) float32 {
	z := x
	for i := 0; i < 30; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func expTaylor(x float64) float64 {
	sum, term := 1.0, 1.0
	for n := 1; n < 30; n++ {
		term *= x / float64(n)
		sum += term
	}
	return sum
}

func piLeibniz(n int) float64 {
	s := 0.0
	sign := 1.0
	for k := 0; k < n; k++ {
		s += sign / float64(2*k+1)
		sign = -sign
	}
	return 4 * s
}

func main() {
	for _, v := range []float64{2, 9, 0.25, 1e10, 12345.678} {
		fmt.Println(v, sqrt(v), sqrt(v)*sqrt(v))
	}
	fmt.Println(sqrt32(2), sqrt32(10), sqrt32(0.5))
	fmt.Println(expTaylor(1), expTaylor(-1), expTaylor(10))
	fmt.Println(piLeibniz(1000), abs(piLeibniz(100000)-3.141592653589793) < 1e-4)
	var h float64 = 1
	for h/2+1 != 1 {
		h /= 2
	}
	fmt.Println("epsilon", h)
	var h32 float32 = 1
	for h32/2+1 != 1 {
		h32 /= 2
	}
	fmt.Println("epsilon32", h32)
	x := 1e308
	fmt.Println(x*10, -x*10, x*10-x*10)
	small := 5e-324
	fmt.Println(small/2, small*0.6)
}
