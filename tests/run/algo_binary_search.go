package main

import "fmt"

func search(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n && mid <= 1<<32-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	xs := []int{}
	for i := 0; i < 100; i++ {
		xs = append(xs, i*3)
	}
	for _, t := range []int{0, 3, 4, 297, 298, -1, 150} {
		i, ok := search(xs, t)
		fmt.Println(t, i, ok)
	}
	fmt.Println(isqrt(0), isqrt(1), isqrt(99), isqrt(100), isqrt(1<<62), isqrt(18446744073709551615))
}
