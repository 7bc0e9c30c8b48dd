package main

import "fmt"

type P struct{ X, Y int }
type Line struct {
	A, B P
	Tag  string
}

func main() {
	pts := []P{{1, 2}, {X: 3}, {Y: 4}, {}}
	fmt.Println(pts)
	lines := [2]Line{{P{1, 1}, P{2, 2}, "a"}, {A: P{Y: 9}, Tag: "b"}}
	fmt.Println(lines)
	ptrs := []*P{{5, 6}, {7, 8}}
	fmt.Println(*ptrs[0], ptrs[1].X+ptrs[1].Y)
	nested := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println(nested, len(nested[2]), nested[3] == nil)
	mat := [2][3]float64{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(mat)
	idx := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(idx), idx)
	sp := []int{5: 1, 2, 3}
	fmt.Println(sp, len(sp))
	arrp := &[3]P{{1, 2}}
	arrp[2].X = 9
	fmt.Println(*arrp)
	var lp = &Line{Tag: "t"}
	lp.A.X = 3
	fmt.Println(lp.A, lp.Tag, *lp)
	deep := [][2][]P{{{{1, 2}}, {{3, 4}, {5, 6}}}}
	fmt.Println(deep)
}
