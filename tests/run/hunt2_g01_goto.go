package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println("n", n)
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			switch {
			case b == 2:
				continue outer
			case a == 3:
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 7))
	k := 0
sw:
	switch k {
	case 0:
		for {
			k++
			if k > 2 {
				break sw
			}
		}
	}
	fmt.Println("k", k)
	x := 10
	if x > 5 {
		goto big
	}
	fmt.Println("small")
	goto end
big:
	fmt.Println("big")
end:
	fmt.Println("end")
}
