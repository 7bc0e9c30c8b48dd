package main

import "fmt"

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) Alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return g[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var ng Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbors(x, y)
			ng[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return ng
}

func (g *Grid) Show() {
	for _, row := range g {
		line := make([]byte, 0, W)
		for _, c := range row {
			if c {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
	fmt.Println()
}

func main() {
	var g Grid
	g[1][2] = true
	g[2][3] = true
	g[3][1], g[3][2], g[3][3] = true, true, true
	for i := 0; i < 4; i++ {
		g.Show()
		g = g.Step()
	}
	count := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				count++
			}
		}
	}
	fmt.Println("alive:", count)
}
