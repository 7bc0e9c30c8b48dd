package main

import "fmt"

type Board struct {
	N    int
	Cols [12]bool
	D1   [24]bool
	D2   [24]bool
	Pos  [12]int
}

func solve(b *Board, row int, count *int, first *[12]int) {
	if row == b.N {
		if *count == 0 {
			*first = b.Pos
		}
		*count++
		return
	}
	for c := 0; c < b.N; c++ {
		d1 := row + c
		d2 := row - c + b.N - 1
		if b.Cols[c] || b.D1[d1] || b.D2[d2] {
			continue
		}
		b.Cols[c], b.D1[d1], b.D2[d2] = true, true, true
		b.Pos[row] = c
		solve(b, row+1, count, first)
		b.Cols[c], b.D1[d1], b.D2[d2] = false, false, false
	}
}

func main() {
	for n := 1; n <= 9; n++ {
		b := Board{N: n}
		count := 0
		var first [12]int
		solve(&b, 0, &count, &first)
		fmt.Println(n, count, first[:n])
	}
}
