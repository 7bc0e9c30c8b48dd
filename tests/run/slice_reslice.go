package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	// extend up to capacity exposes hidden elements
	t = t[:cap(t)]
	fmt.Println(t, len(t))
	t = t[1:3]
	fmt.Println(t, len(t), cap(t))

	// shrink to zero and regrow
	z := s[:0]
	fmt.Println(len(z), cap(z))
	z = z[:4]
	fmt.Println(z)

	// slicing a string-like byte slice
	b := []byte("abcdefgh")
	mid := b[3:6]
	mid[0] = 'X'
	fmt.Println(string(b), string(mid), len(mid), cap(mid))

	// default indices
	fmt.Println(s[:3], s[7:], s[:], len(s[5:5]))

	// slicing an array pointer
	arr := [5]int{10, 20, 30, 40, 50}
	pa := &arr
	ps := pa[1:4]
	ps[2] = 400
	fmt.Println(arr, ps, cap(ps))

	// repeated halving
	h := s
	for len(h) > 1 {
		h = h[len(h)/2:]
		fmt.Print(h, " ")
	}
	fmt.Println()

	// drop the first element repeatedly (queue-like)
	q := []int{1, 2, 3, 4}
	for len(q) > 0 {
		fmt.Print(q[0], " ", cap(q), "; ")
		q = q[1:]
	}
	fmt.Println()
}
