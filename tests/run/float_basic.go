package main

import "fmt"

func avg(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	a := 1.5
	b := 0.25
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(avg([]float64{1, 2, 3, 4}), avg([]float64{-1.5, 1.5, 3}))

	// float -> int truncates toward zero
	vals := []float64{2.75, -2.75, 0.5, -0.5, 1e6, -3}
	for _, v := range vals {
		fmt.Print(int(v), " ", int64(v), " ", int32(v), "; ")
	}
	fmt.Println()

	// int -> float
	n := 7
	f := float64(n) / 2
	fmt.Println(f, float64(-n)/4, float64(1<<52)+1 == float64(1<<52+1))
	var u8 uint8 = 255
	var i64 int64 = -1 << 20
	fmt.Println(float64(u8)*0.5, float64(i64)/1024)

	// comparisons
	fmt.Println(a > b, a == 1.5, b <= 0.25, a != a, -0.0 == 0.0)

	// powers of two
	p := 1.0
	for i := 0; i < 10; i++ {
		p *= 2
	}
	fmt.Println(p, p/1024, 1/p*1024)

	// accumulate exactly representable values
	sum := 0.0
	for i := 1; i <= 8; i++ {
		sum += 0.125
	}
	fmt.Println(sum, sum == 1)

	// integer conversion of float expression
	g := 10.0
	h := 4.0
	fmt.Println(int(g/h), int(g)/int(h), g/h)

	// floats via println (stderr)
	println(a, b, -2.5, 3.0, f)
	var zero float64
	println(zero, 1/(zero+1))
	var c float64 = 100
	c += 0.5
	fmt.Println(c)
}
