package main

import "fmt"

type Item struct {
	N    int
	Name string
}

func main() {
	s := make([]int, 3, 3)
	p := &s[1]
	*p = 5
	fmt.Println(s, len(s), cap(s))

	// append beyond capacity reallocates: p still points into the old array
	s = append(s, 4)
	*p = 6
	fmt.Println(s, *p)

	// pointer taken after the append points into the new array
	p = &s[1]
	*p = 7
	fmt.Println(s, *p)

	// two slices sharing one array: pointer into one shows in the other
	base := []int{10, 20, 30, 40, 50}
	left := base[:3]
	right := base[2:]
	pr := &right[0]
	*pr = 333
	fmt.Println(base, left, right)

	// slice of structs: pointer to element field
	items := []Item{{1, "a"}, {2, "b"}, {3, "c"}}
	pi := &items[2]
	pn := &items[0].Name
	pi.N = 30
	*pn = "A"
	fmt.Println(items)

	// reallocate; old pointers see the old copy only
	items = append(items, Item{4, "d"})
	pi.N = -30
	*pn = "old"
	fmt.Println(items, *pi)

	// a pointer into a slice keeps the array alive after the slice is dropped
	keep := make([]int, 4)
	pk := &keep[3]
	keep = nil
	*pk = 12
	fmt.Println(*pk, keep == nil, len(keep))

	// append within capacity keeps the same array: pointer stays valid
	w := make([]int, 1, 10)
	pw := &w[0]
	w = append(w, 1, 2, 3)
	*pw = 100
	fmt.Println(w, *pw)
}
