package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// overlapping copy forward and backward
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println(n, s)

	// copy from a string into bytes
	bs := make([]byte, 5)
	n = copy(bs, "hello, world")
	fmt.Println(n, string(bs))

	// copy into nil / from nil
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS), dst)

	// copied slice is independent
	orig := []string{"a", "b", "c"}
	cp := make([]string, len(orig))
	copy(cp, orig)
	cp[0] = "z"
	fmt.Println(orig, cp)

	// copy structs
	type2 := []Pt{{1, 2}, {3, 4}}
	cp2 := make([]Pt, 2)
	copy(cp2, type2)
	cp2[1].X = 30
	fmt.Println(type2, cp2)

	// copy between array-backed slices
	var arr [6]int
	copy(arr[1:4], []int{9, 8, 7, 6, 5})
	fmt.Println(arr)
}

type Pt struct{ X, Y int }
