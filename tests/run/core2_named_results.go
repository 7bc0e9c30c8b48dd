package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (x, y string) {
	x, y = b, a
	return y, x
}

func count(s []int) (pos, neg, zero int) {
	for _, v := range s {
		switch {
		case v > 0:
			pos++
		case v < 0:
			neg++
		default:
			zero++
		}
	}
	return
}

func early(n int) (res int, ok bool) {
	res = -1
	if n < 0 {
		return
	}
	res = n * 2
	ok = true
	return
}

func modify() (s []int) {
	s = append(s, 1)
	s = append(s, 2)
	s[0] = 7
	return s[:1]
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
	fmt.Println(swap("a", "b"))
	fmt.Println(count([]int{1, -2, 0, 3, -4, 0, 0}))
	fmt.Println(early(-3))
	fmt.Println(early(21))
	fmt.Println(modify())
	q, _ := divmod(100, 7)
	_, r := divmod(100, 7)
	fmt.Println(q, r)
}
