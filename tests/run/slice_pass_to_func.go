package main

import "fmt"

func setFirst(s []int, v int) { s[0] = v }

func appendOne(s []int) { s = append(s, 1); s[0] = -5 }

func appendRet(s []int) []int { return append(s, 1) }

func grow(p *[]int, n int) {
	for i := 0; i < n; i++ {
		*p = append(*p, i)
	}
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func sum(s []int) int {
	if len(s) == 0 {
		return 0
	}
	return s[0] + sum(s[1:])
}

func main() {
	a := []int{1, 2, 3}
	setFirst(a, 10)
	fmt.Println(a)

	// full slice: append reallocates inside function, write lost
	appendOne(a)
	fmt.Println(a)

	// slice with spare capacity: write visible, length unchanged
	b := make([]int, 3, 10)
	appendOne(b)
	fmt.Println(b, len(b), b[:4])

	b = appendRet(b)
	fmt.Println(b, len(b))

	var c []int
	grow(&c, 5)
	fmt.Println(c)
	reverse(c)
	fmt.Println(c)
	reverse(c[1:4])
	fmt.Println(c, sum(c))

	// passing an array slice
	arr := [6]int{1, 2, 3, 4, 5, 6}
	reverse(arr[:])
	setFirst(arr[3:], 0)
	fmt.Println(arr, sum(arr[:]))
}
