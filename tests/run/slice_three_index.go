package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 40) // fits: writes arr[4]
	fmt.Println(arr, s)
	s = append(s, 50) // cap exceeded: detaches
	s[0] = -2
	fmt.Println(arr, s)

	// s[i:j:j] forces the next append to copy
	base := []int{1, 2, 3, 4, 5}
	head := base[:2:2]
	head = append(head, 100)
	fmt.Println(base, head, cap(base[:2:2]))

	// full slice expression on a slice
	t := base[1:3:4]
	fmt.Println(t, len(t), cap(t))
	u := t[0:3]
	fmt.Println(u)

	// with omitted low index
	v := base[:0:0]
	fmt.Println(len(v), cap(v), v)
	v = append(v, 9)
	fmt.Println(v, base)

	// reslice a full-sliced slice within its capacity
	w := arr[1:2:6]
	w = w[:5]
	fmt.Println(w, len(w), cap(w))
	w = w[2:]
	fmt.Println(w, len(w), cap(w))
}
