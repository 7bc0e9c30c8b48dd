package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
			if v < 0 {
				continue outer
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s = "neg"
		goto done
	case n == 0:
		s = "zero"
		break
	default:
		s = "pos"
	}
	s += "!"
done:
	return s
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 5}, {6, 7, 8}, {200, 9}}
	fmt.Println(find(grid, 7))
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))
	fmt.Println(gcd(48, 18), gcd(17, 5))
	fmt.Println(classify(-3), classify(0), classify(4))

	i := 0
again:
	if i < 5 {
		i += 2
		goto again
	}
	fmt.Println(i)

	count := 0
sw:
	switch {
	default:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			count++
		}
	}
	fmt.Println(count)
}
