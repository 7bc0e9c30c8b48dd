package main

import "fmt"

func main() {
	vals := []float64{-0.9, -1.5, -2.999, 0.999, 1e10, -1e10, 255.9, -128.7}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(int64(v)), uint8(int(v)), int8(int(v)))
	}
	var f32 float32 = -3.75
	fmt.Println(int(f32), int16(f32), float64(f32))
	u := uint64(1<<63 + 12345)
	fmt.Println(float64(u), float32(u))
	var n int64 = -9007199254740993
	fmt.Println(float64(n), float32(n))
	var x uint8 = 250
	fmt.Println(float64(x)*1.5, float32(x)/7)
	d := 7.0
	fmt.Println(int(d/2), int(-d/2), uint(d*3))
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, acc == 1, float64(acc))
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc64 += 0.1
	}
	fmt.Println(acc64, acc64 == 1)
	h := float32(16777216)
	fmt.Println(h+1, h+2)
}
