package main

import "fmt"

type Bag struct {
	Name  string
	Items []int
}

func add(items *[]int, v int) {
	*items = append(*items, v)
}

func addVal(items []int, v int) {
	items = append(items, v)
	_ = items
}

func main() {
	b := Bag{Name: "b"}
	pi := &b.Items
	for i := 0; i < 5; i++ {
		add(pi, i*i)
	}
	fmt.Println(b)
	addVal(b.Items, 100)
	fmt.Println(b.Items, len(b.Items))

	// pointer to element through pointer to slice
	p3 := &(*pi)[3]
	*p3 = -9
	fmt.Println(b.Items)

	// slice field reassigned through pointer
	*pi = (*pi)[1:3]
	fmt.Println(b.Items, len(b.Items))

	// array of bags
	var bags [3]Bag
	for i := 0; i < 3; i++ {
		for j := 0; j <= i; j++ {
			add(&bags[i].Items, j)
		}
		bags[i].Name = "xyz"[i : i+1]
	}
	fmt.Println(bags)

	// pointer to a slice of slices
	var grid [][]int
	pg := &grid
	for i := 0; i < 3; i++ {
		*pg = append(*pg, make([]int, i+1))
	}
	grid[2][2] = 5
	pe := &grid[1][0]
	*pe = 7
	fmt.Println(grid)
}
