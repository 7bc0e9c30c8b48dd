package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	sort.Slice(xs, func(i, j int) bool { return xs[i]%3 < xs[j]%3 })
	fmt.Println(xs)
	// Longer inputs exercise ninther pivots, partitionEqual, breakPatterns
	// and the heapsort fallback.
	for _, n := range []int{20, 51, 100, 300, 1000} {
		v := make([]int, n)
		seed := uint32(n)
		for i := range v {
			seed = seed*1664525 + 1013904223
			v[i] = int(seed>>16) % 7
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
		fmt.Println(n, idx[:10], idx[n-10:])
		// Descending, then sorted, then organ-pipe inputs.
		d := make([]int, n)
		for i := range d {
			d[i] = (n - i) / 3
		}
		id2 := make([]int, n)
		for i := range id2 {
			id2[i] = i
		}
		sort.Slice(id2, func(a, b int) bool { return d[id2[a]] < d[id2[b]] })
		fmt.Println(id2[:10])
		for i := range d {
			if i < n/2 {
				d[i] = i / 2
			} else {
				d[i] = (n - i) / 2
			}
		}
		for i := range id2 {
			id2[i] = i
		}
		sort.Slice(id2, func(a, b int) bool { return d[id2[a]] < d[id2[b]] })
		fmt.Println(id2[:10], id2[n-5:])
	}
	words := byLen{"ccc", "a", "bb", "dd", "e", "fff", "g", "hh", "iii", "j", "kk", "lll", "m", "nn", "ooo"}
	sort.Sort(words)
	fmt.Println(words)
}
