package main

import "fmt"

func union(a, b map[string]bool) map[string]bool {
	r := map[string]bool{}
	for k := range a {
		r[k] = true
	}
	for k := range b {
		r[k] = true
	}
	return r
}

func inter(a, b map[string]bool) map[string]bool {
	r := map[string]bool{}
	for k := range a {
		if b[k] {
			r[k] = true
		}
	}
	return r
}

func main() {
	a := map[string]bool{"x": true, "y": true, "z": true}
	b := map[string]bool{"y": true, "w": true, "z": false}
	fmt.Println(union(a, b))
	fmt.Println(inter(a, b))
	fmt.Println(len(union(a, b)), len(inter(a, b)))
	seen := map[rune]struct{}{}
	for _, r := range "hello, wörld ☺☺" {
		seen[r] = struct{}{}
	}
	fmt.Println(len(seen))
	_, has := seen['ö']
	_, has2 := seen['q']
	fmt.Println(has, has2)
	bs := map[bool]int{}
	for i := 0; i < 11; i++ {
		bs[i%3 == 0]++
	}
	fmt.Println(bs, bs[true], bs[false])
	empty := map[string]bool{}
	fmt.Println(empty, len(empty), empty["q"])
	var nilset map[int]bool
	fmt.Println(nilset, len(nilset), nilset[3], nilset == nil)
	for k := range nilset {
		fmt.Println("never", k)
	}
	delete(nilset, 5)
	clear(nilset)
	fmt.Println("ok")
}
