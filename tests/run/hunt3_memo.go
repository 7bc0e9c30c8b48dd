package main

import "fmt"

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := fib(n-1) + fib(n-2)
	memo[n] = r
	return r
}

type key struct {
	a, b int
}

var cmemo = make(map[key]int64)

func choose(n, k int) int64 {
	if k == 0 || k == n {
		return 1
	}
	if v, ok := cmemo[key{n, k}]; ok {
		return v
	}
	v := choose(n-1, k-1) + choose(n-1, k)
	cmemo[key{n, k}] = v
	return v
}

func main() {
	fmt.Println(fib(90))
	fmt.Println(len(memo))
	fmt.Println(choose(60, 30), len(cmemo))
	collatz := map[int64]int{1: 0}
	var steps func(n int64) int
	steps = func(n int64) int {
		if v, ok := collatz[n]; ok {
			return v
		}
		var r int
		if n%2 == 0 {
			r = steps(n/2) + 1
		} else {
			r = steps(3*n+1) + 1
		}
		collatz[n] = r
		return r
	}
	best, bestN := 0, int64(0)
	for i := int64(1); i < 30000; i++ {
		if s := steps(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println(best, bestN, len(collatz) > 30000)
}
