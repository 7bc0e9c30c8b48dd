package main

import "fmt"

type S struct {
	V int
}

func main() {
	arr := [3]int{1, 2, 3}
	// range over an array evaluates a copy of the array
	for i, v := range arr {
		if i == 0 {
			arr[1] = 100
			arr[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)

	// range over a slice sees updates to later elements
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[1] = 100
			sl[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)

	// appending during range does not extend the loop
	sl2 := []int{1, 2, 3}
	n := 0
	for range sl2 {
		sl2 = append(sl2, n)
		n++
	}
	fmt.Println(n, sl2)

	// the value variable is a copy of a struct element
	ss := []S{{1}, {2}, {3}}
	for _, s := range ss {
		s.V *= 10
	}
	fmt.Println(ss)
	for i := range ss {
		ss[i].V *= 10
	}
	fmt.Println(ss)

	// range over pointer to array
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr)

	// range with only value on array of arrays
	grid := [2][2]int{{1, 2}, {3, 4}}
	total := 0
	for _, row := range grid {
		for _, v := range row {
			total += v
		}
		row[0] = 0
	}
	fmt.Println(total, grid)
}
