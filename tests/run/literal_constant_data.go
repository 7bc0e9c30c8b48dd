package main

import "fmt"

type Weekday int8

var calls int

func f(x int) int { calls++; return x * 100 }

var table = []int{-1, 2, -3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 1 << 62, -1 << 63}

func main() {
	fmt.Println(table, len(table))
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 255, 128}
	fmt.Println(b, string(b[:3]))
	i8 := [...]int8{-128, -1, 0, 1, 127, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	fmt.Println(i8, len(i8))
	u16 := []uint16{65535, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	fmt.Println(u16)
	i32 := []int32{-2147483648, 2147483647, 'a', 'é', 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	fmt.Println(i32)
	f64 := []float64{0.1, -2.5, 1e300, -1e-300, 3, 1.0 / 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	fmt.Println(f64)
	f32 := [16]float32{0.1, -2.5, 1e30, 1.0 / 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	fmt.Println(f32)
	bs := []bool{true, false, true, true, false, false, true, false, true, true, true, false, false, false, true, true}
	fmt.Println(bs)
	days := []Weekday{0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1}
	fmt.Println(days)
	keyed := []int{5: 50, 1: 10, 20, 30, 10: 100, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21}
	fmt.Println(keyed, len(keyed))
	x := 7
	mixed := []int{f(1), 2, x, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, f(2), 15, x * 2}
	fmt.Println(mixed, calls)
	arr := [20]uint64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1<<64 - 1}
	fmt.Println(arr)
	u := []uint{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	u[3] = 99
	fmt.Println(u)
	table[0] = 42
	fmt.Println(table[0], copyOf()[0])
	nested := [][]int{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, {1}}
	nested[0][0] = 9
	fmt.Println(nested, len(nested[0]))
	p := &[16]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	q := &p[3]
	*q = 33
	fmt.Println(*p)
}

func copyOf() []int {
	return []int{-1, 2, -3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
}
