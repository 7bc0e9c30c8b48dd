// mapint: maps with integer keys. Collatz path lengths memoized in a
// map[int]int, a histogram map[int]int, and a set map[uint64]bool with
// insertions and deletions.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

var memo = map[int]int{1: 0}

func collatz(n int) int {
	if v, ok := memo[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	v := collatz(next) + 1
	memo[n] = v
	return v
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	best, bestN := 0, 0
	hist := make(map[int]int)
	for i := 1; i <= n; i++ {
		c := collatz(i)
		hist[c/10]++
		if c > best {
			best, bestN = c, i
		}
	}
	fmt.Println("longest", bestN, best, "memo", len(memo))
	keys := make([]int, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys[:5] {
		fmt.Printf("%3d-%3d: %d\n", k*10, k*10+9, hist[k])
	}

	// A set with churn.
	set := make(map[uint64]bool)
	x := uint64(0x9E3779B97F4A7C15)
	found := 0
	for i := 0; i < n; i++ {
		x ^= x << 7
		x ^= x >> 9
		k := x % uint64(n)
		if set[k] {
			delete(set, k)
			found++
		} else {
			set[k] = true
		}
	}
	var sum uint64
	for k := range set {
		sum += k
	}
	fmt.Println("set", len(set), "found", found, "sum", sum)
}
