package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	i0, j0 := -1, -1
search:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				i0, j0 = i, j
				break search
			}
		}
	}
	return i0, j0
}

func primes(n int) []int {
	var ps []int
next:
	for k := 2; len(ps) < n; k++ {
		for _, p := range ps {
			if p*p > k {
				break
			}
			if k%p == 0 {
				continue next
			}
		}
		ps = append(ps, k)
	}
	return ps
}

func main() {
	fmt.Println(findPair([]int{3, 9, 1, 7, 5}, 12))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(15))
	count := 0
rows:
	for r := 0; r < 5; r++ {
	cols:
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case c == 3:
				break cols
			case r == 4 && c == 1:
				break rows
			}
			count++
			fmt.Print(r, c, " ")
		}
		fmt.Print("| ")
	}
	fmt.Println(count)
	arr := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	s := 0
L:
	for _, row := range arr {
		for _, v := range row {
			if v%4 == 0 {
				continue L
			}
			s += v
		}
	}
	fmt.Println(s)
	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue loop
		case n > 9:
			break loop
		}
		fmt.Print(n, ",")
	}
	fmt.Println()
}
