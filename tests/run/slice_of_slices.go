package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
	}
	return g
}

func pascal(n int) [][]int {
	rows := [][]int{}
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	g := makeGrid(3, 4)
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			g[i][j] = i * j
		}
	}
	fmt.Println(g)

	// rows share arrays when built from one backing slice
	flat := make([]int, 6)
	rows := [][]int{flat[0:3], flat[3:6]}
	rows[0][2] = 5
	rows[1][0] = 6
	fmt.Println(flat, rows)

	for _, r := range pascal(7) {
		fmt.Println(r)
	}

	// jagged, appending to inner slices
	jag := make([][]string, 3)
	for i := 0; i < 3; i++ {
		for j := 0; j <= i; j++ {
			jag[i] = append(jag[i], "ab"[j%2:j%2+1])
		}
	}
	fmt.Println(jag, len(jag[2]))

	// swap rows
	g[0], g[2] = g[2], g[0]
	fmt.Println(g[0], g[2])

	// copy of outer slice shares inner slices
	g2 := make([][]int, len(g))
	copy(g2, g)
	g2[1][1] = 111
	g2[0] = []int{-1}
	fmt.Println(g[1], g[0], g2[0])

	// 3 levels
	cube := make([][][]int, 2)
	for i := range cube {
		cube[i] = makeGrid(2, 2)
		cube[i][1][1] = i + 1
	}
	fmt.Println(cube)
}
