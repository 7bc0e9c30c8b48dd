package main

import "fmt"

func main() {
	// append within capacity writes into the shared array
	base := make([]int, 3, 6)
	base[0], base[1], base[2] = 1, 2, 3
	a := append(base, 4)
	b := append(base, 5) // overwrites a[3]
	fmt.Println(base, a, b)
	fmt.Println(len(base), cap(base), len(a), cap(a), len(b), cap(b))
	a[0] = 100
	fmt.Println(base[0], b[0])

	// append beyond capacity detaches
	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = -1
	fmt.Println(full, c)

	// sub-slice shares; appending to the sub-slice overwrites the parent
	parent := []int{0, 1, 2, 3, 4, 5}
	sub := parent[1:3]
	fmt.Println(len(sub), cap(sub))
	sub = append(sub, 99)
	fmt.Println(parent, sub)
	sub = append(sub, 98, 97)
	fmt.Println(parent, sub)
	// capacity was 5, now len 5: the next append reallocates
	sub = append(sub, 96)
	sub[0] = -100
	fmt.Println(parent, sub)

	// empty slice at the end of an array still aliases for appends
	arr := [4]int{1, 2, 3, 4}
	tail := arr[2:2]
	tail = append(tail, 30)
	fmt.Println(arr, tail)
	tail = append(tail, 40, 50) // exceeds capacity 2: no write into arr
	fmt.Println(arr, tail)

	// appending a slice to itself
	self := make([]int, 2, 10)
	self[0], self[1] = 7, 8
	self = append(self, self...)
	self = append(self, self[1:3]...)
	fmt.Println(self, len(self), cap(self))
}
