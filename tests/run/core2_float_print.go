package main

import "fmt"

func main() {
	fmt.Println(0.1, 1e21, 1e20, 1e-7, 1e-4, 3.14159, 100.0, 123456789.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float32(1e21), float32(16777217), float32(3.14159))
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	fmt.Println(nan, inf, -inf, nan == nan, inf > 1e308)
	fmt.Println(-zero, 0*-1.0, 1/(-1/inf))
	var z32 float32 = 0
	fmt.Println(z32/z32, 1/z32)
	println(0.1, 1e21, f32, nan, inf)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
	fmt.Println(1.0, 2.5e-10, 1e6, 5e-324, 2.2250738585072014e-308)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	var big float64 = 1 << 62
	fmt.Println(big, int64(big/2))
	fmt.Println(-1.0/3.0, 1e100, 123.456e2)
}
