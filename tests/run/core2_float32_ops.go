package main

import "fmt"

func main() {
	var a float32 = 1.1
	var b float32 = 2.2
	fmt.Println(a+b, a*b, b/a, a-b, -a)
	fmt.Println(float64(a), float64(a+b), float64(a)+float64(b))
	var x float32 = 16777216
	fmt.Println(x+1 == x, x+2, float32(0.1)*3)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2, tiny*1e30)
	var huge float32 = 3.4e38
	fmt.Println(huge*10, -huge*10, huge)
	fs := []float32{0.5, 0.25, 1.0 / 3, 2.0 / 3, 100.1, 1e10, 123456.7}
	var s float32
	for _, f := range fs {
		s += f
		fmt.Print(f, " ")
	}
	fmt.Println()
	fmt.Println(s, int64(s), int64(fs[5]))
	var d float64 = 0.1
	fmt.Println(float32(d), float32(d) == 0.1, float64(float32(d)) == d)
	c := float32(1) / 7
	fmt.Println(c, c*7, c*7 == 1)
	fmt.Println(float32(2.5e-8), float32(1e21), float32(1e20), float32(123456789))
}
