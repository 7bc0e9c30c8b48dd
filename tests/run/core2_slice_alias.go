package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(b), cap(b))
	d := a[1:2]
	d = append(d, 42)
	fmt.Println(a, a[:4], d)
	e := a[1:2:2]
	e = append(e, 77)
	fmt.Println(a[:4], e, cap(e) >= 2)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5}
	copy(s, s[2:])
	fmt.Println(s)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), nilS)
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil)
	t := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			t = append(t, v)
		}
	}
	fmt.Println(t, s)
	bs := []byte("hello")
	n := copy(bs, "HEL")
	fmt.Println(n, string(bs))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[2] = 100
	fmt.Println(grid)
	full := s[1:3:4]
	fmt.Println(len(full), cap(full), full[:cap(full)])
}
