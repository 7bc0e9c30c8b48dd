package main

import "fmt"

type Gen func() (int, bool)

func rangeGen(lo, hi int) Gen {
	return func() (int, bool) {
		if lo >= hi {
			return 0, false
		}
		lo++
		return lo - 1, true
	}
}

func mapGen(g Gen, f func(int) int) Gen {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func filter(g Gen, pred func(int) bool) Gen {
	return func() (int, bool) {
		for {
			v, ok := g()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func collect(g Gen) []int {
	var out []int
	for v, ok := g(); ok; v, ok = g() {
		out = append(out, v)
	}
	return out
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	g := filter(mapGen(rangeGen(0, 20), func(x int) int { return x * x }), func(x int) bool { return x%2 == 1 })
	fmt.Println(collect(g))
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 3 })
	fmt.Println(h(4), compose()(4))
	memo := func() func(int) int {
		cache := make([]int, 50)
		var f func(int) int
		f = func(n int) int {
			if n < 2 {
				return n
			}
			if cache[n] != 0 {
				return cache[n]
			}
			cache[n] = f(n-1) + f(n-2)
			return cache[n]
		}
		return f
	}()
	fmt.Println(memo(49))
}
