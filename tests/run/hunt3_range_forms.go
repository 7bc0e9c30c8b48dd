package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	s := 0
	for _, v := range m {
		s += v
	}
	fmt.Println(s)
	kl := 0
	for k := range m {
		kl += len(k)
	}
	fmt.Println(kl)
	var k string
	var v int
	tot := 0
	for k, v = range m {
		tot += v
	}
	fmt.Println(tot, len(k) == 1, v > 0)
	// break / continue
	c := 0
	for _, v := range m {
		if v%2 == 0 {
			continue
		}
		c += v
	}
	fmt.Println(c)
	brk := 0
	for range m {
		brk++
		if brk == 2 {
			break
		}
	}
	fmt.Println(brk)
	// nested range same map
	pairs := 0
	for a := range m {
		for b := range m {
			if a < b {
				pairs++
			}
		}
	}
	fmt.Println(pairs)
	// insert during iteration: loop must terminate, final len is fixed
	g := map[int]int{0: 0, 1: 1, 2: 2}
	for k := range g {
		if k < 3 {
			g[k+100] = k
		}
	}
	fmt.Println(len(g))
	// range over map expression from function
	mk := func() map[int]string { return map[int]string{1: "x", 2: "yy"} }
	L := 0
	for _, v := range mk() {
		L += len(v)
	}
	fmt.Println(L)
	// labeled
	found := false
outer:
	for a := range m {
		for b := range m {
			if m[a]+m[b] == 7 {
				found = true
				break outer
			}
		}
	}
	fmt.Println(found)
	// closure captures per-iteration vars
	var fs []func() int
	for k, v := range map[string]int{"x": 5, "y": 6} {
		fs = append(fs, func() int { return len(k) + v })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	fmt.Println(sum)
}
