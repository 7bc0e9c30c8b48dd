// closures: higher-order functions, closures capturing and mutating
// variables, function values stored in slices and maps, and function
// composition in a hot loop.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type IntFn func(int) int

func compose(fs ...IntFn) IntFn {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(k int) IntFn   { return func(x int) int { return x + k } }
func mulMod(k int) IntFn  { return func(x int) int { return x * k % 1000003 } }
func xorer(k int) IntFn   { return func(x int) int { return x ^ k } }

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		v := f(x)
		cache[x] = v
		return v
	}, &misses
}

func main() {
	n := 6000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	pipeline := compose(adder(7), mulMod(31), xorer(0x5555), adder(-3), mulMod(17))
	ops := []IntFn{adder(1), mulMod(3), xorer(0xff), pipeline}

	inc, get := counter()
	total := 0
	for i := 0; i < n; i++ {
		f := ops[i%len(ops)]
		total += f(i) % 1000
		if total%7 == 0 {
			inc()
		}
	}
	fmt.Println("total", total, "count", get())

	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i
	}
	acc := 0
	rounds := n / 2000
	for r := 0; r < rounds; r++ {
		shift := r
		ys := mapInts(xs, func(x int) int { return (x*x + shift) % 997 })
		zs := filter(ys, func(x int) bool { return x%3 == shift%3 })
		acc += reduce(zs, 0, func(a, x int) int { return a + x })
	}
	fmt.Println("map/filter/reduce", acc)

	// Closures capturing loop variables (per-iteration since Go 1.22).
	var fns []func() int
	for i := 0; i < 10; i++ {
		fns = append(fns, func() int { return i * i })
	}
	s := 0
	for _, f := range fns {
		s += f()
	}
	fmt.Println("loop vars", s)

	slowSquare := func(x int) int {
		r := 0
		for i := 0; i < x%50; i++ {
			r += x
		}
		return r
	}
	fast, misses := memoize(slowSquare)
	m := 0
	for i := 0; i < n; i++ {
		m += fast(i % 5000)
	}
	fmt.Println("memo", m, "misses", *misses)

	// Recursive closure.
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	fmt.Println("fib", fib(24))
}
