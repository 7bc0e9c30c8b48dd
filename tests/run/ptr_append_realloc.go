package main

import "fmt"

type Cell struct {
	V    int
	Tags [2]string
}

func main() {
	cells := make([]Cell, 0, 4)
	for i := 0; i < 4; i++ {
		cells = append(cells, Cell{V: i})
	}
	// pointers into the original backing array
	p0 := &cells[0]
	pv := &cells[3].V
	pt := &cells[2].Tags[1]
	old := cells

	// capacity is exactly 4, so this append must copy into a new array
	cells = append(cells, Cell{V: 4})
	p0.V = 100
	*pv = 300
	*pt = "old"
	fmt.Println(old[0].V, old[3].V, old[2].Tags[1])
	fmt.Println(cells[0].V, cells[3].V, cells[2].Tags[1], len(cells))

	// writes through the new slice do not show in the old one
	cells[1].V = -1
	fmt.Println(old[1].V, cells[1].V)

	// within capacity: pointers stay connected
	buf := make([]int, 2, 8)
	q := &buf[1]
	buf = append(buf, 5, 6)
	*q = 42
	fmt.Println(buf)

	// a sub-slice taken before the reallocation keeps the old array
	nums := []int{1, 2, 3}
	view := nums[1:]
	nums = append(nums, 4)
	nums[1] = 20
	view[0] = 200
	fmt.Println(nums, view)

	// pointer to element of a slice inside a struct, then the slice grows
	type2 := Holder{Items: []int{7, 8}}
	pi := &type2.Items[0]
	type2.Items = append(type2.Items, 9)
	*pi = 70
	fmt.Println(type2.Items, *pi)
}

type Holder struct {
	Items []int
}
