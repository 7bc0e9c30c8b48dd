package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(-1.5, 2), max(2.0, 7))
	fmt.Println(min("b", "a", "c"), max("b", "abc"), min("", "x"))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b), max(a, 0))
	z := 0.0
	nan := z / z
	fmt.Println(min(-1.0, z), max(z, 2), nan != nan)
	var u uint = 5
	fmt.Println(min(u, 3), max(u, 10))
	const c = min(1, 2.5, -3)
	fmt.Println(c)
	x := []int{4, 8, 1, 9}
	lo, hi := x[0], x[0]
	for _, v := range x {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
	var f32 float32 = 1.25
	fmt.Println(max(f32, 1), min(f32, 2))
	fmt.Println(min(1), max("only"))
}
