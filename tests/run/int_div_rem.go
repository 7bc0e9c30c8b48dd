package main

import "fmt"

func divs(a, b int) (int, int) { return a / b, a % b }

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}, {6, 3}, {-6, 3}}
	for _, p := range pairs {
		q, r := divs(p[0], p[1])
		fmt.Println(p[0], p[1], q, r, q*p[1]+r == p[0])
	}

	var a int8 = -128
	var m1 int8 = -1
	fmt.Println(a/m1, a%m1, a/2, a%3)

	var b int16 = -32768
	fmt.Println(b/-1, b%7, b/7)
	var c int32 = -2147483648
	var cm int32 = -1
	fmt.Println(c/cm, c%cm)
	var d int64 = -9223372036854775808
	var dm int64 = -1
	fmt.Println(d/dm, d%dm, d/10, d%10)

	// unsigned division
	var u uint32 = 4294967295
	fmt.Println(u/7, u%7, u/u, uint8(250)/uint8(7), uint8(250)%uint8(7))
	var ul uint64 = 18446744073709551615
	fmt.Println(ul/3, ul%1000, ul/10)

	// constant division is exact integer division too
	const cq = -17 / 5
	const cr = -17 % 5
	fmt.Println(cq, cr)

	// digits of a negative number using %
	n := -12345
	ds := []int{}
	for n != 0 {
		ds = append(ds, n%10)
		n /= 10
	}
	fmt.Println(ds)

	// divide-by-power-of-two on negatives must not be a plain shift
	for _, v := range []int64{-1, -3, -1024, -1025} {
		fmt.Print(v/2, " ", v/4, " ", v%4, " ", v/1024, " | ")
	}
	fmt.Println()
}
