package main

import (
	"fmt"
	"sort"
)

var seed uint32 = 2463534242

func rnd() int {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return int(seed)
}

type rec struct {
	key, id int
}

type counting struct {
	a          []int
	less, swap int
}

func (c *counting) Len() int           { return len(c.a) }
func (c *counting) Less(i, j int) bool { c.less++; return c.a[i] < c.a[j] }
func (c *counting) Swap(i, j int)      { c.swap++; c.a[i], c.a[j] = c.a[j], c.a[i] }

func checksum(a []int) int {
	h := 0
	for i, v := range a {
		h = h*31 + v*(i+1)
	}
	return h
}

func main() {
	sizes := []int{0, 1, 2, 3, 7, 12, 13, 20, 21, 40, 41, 100, 1000, 5000}
	for _, n := range sizes {
		for pat := 0; pat < 6; pat++ {
			a := make([]int, n)
			for i := range a {
				switch pat {
				case 0:
					a[i] = rnd() % 1000
				case 1:
					a[i] = i
				case 2:
					a[i] = n - i
				case 3:
					a[i] = 7
				case 4:
					a[i] = i % 5
				case 5:
					if i < n/2 {
						a[i] = i
					} else {
						a[i] = n - i
					}
				}
			}
			c := &counting{a: a}
			sort.Sort(c)
			// Quadratic behaviour would show up as a huge Less count.
			bound := 4*n*bitlen(n) + 100
			fmt.Println(n, pat, sort.IntsAreSorted(a), checksum(a), c.less <= bound)
		}
	}
	// Stability: sort records by a key with many duplicates.
	for _, n := range []int{10, 57, 300, 2000} {
		recs := make([]rec, n)
		for i := range recs {
			recs[i] = rec{rnd() % 10, i}
		}
		sort.SliceStable(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
		ok := true
		for i := 1; i < n; i++ {
			if recs[i-1].key > recs[i].key || recs[i-1].key == recs[i].key && recs[i-1].id > recs[i].id {
				ok = false
			}
		}
		h := 0
		for _, r := range recs {
			h = h*131 + r.id
		}
		fmt.Println("stable", n, ok, h)
	}
	// Strings.
	words := make([]string, 500)
	for i := range words {
		b := make([]byte, 1+rnd()%6)
		for j := range b {
			b[j] = byte('a' + rnd()%4)
		}
		words[i] = string(b)
	}
	sort.Strings(words)
	fmt.Println(sort.StringsAreSorted(words), words[0], words[1], words[250], words[499])
}

func bitlen(n int) int {
	b := 0
	for n > 0 {
		b++
		n >>= 1
	}
	return b
}
