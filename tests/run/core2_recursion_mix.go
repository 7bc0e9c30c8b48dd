package main

import "fmt"

func permute(a []int, k int, out *[][]int) {
	if k == len(a) {
		c := make([]int, len(a))
		copy(c, a)
		*out = append(*out, c)
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func subsets(set []string) [][]string {
	if len(set) == 0 {
		return [][]string{{}}
	}
	rest := subsets(set[1:])
	res := rest
	for _, r := range rest {
		n := append([]string{set[0]}, r...)
		res = append(res, n)
	}
	return res
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + pad[n%8] - n + 1
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	var perms [][]int
	permute([]int{1, 2, 3}, 0, &perms)
	fmt.Println(perms)
	fmt.Println(subsets([]string{"a", "b", "c"}))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(depth(10000))
	fmt.Println(isEven(1001), isOdd(777))
}
