package main

import "fmt"

type Grid struct {
	cells [3]int
}

type Mutator interface{ Set(i, v int) }
type Reader interface{ Get(i int) int }

func (g *Grid) Set(i, v int) { g.cells[i] = v }
func (g Grid) Get(i int) int  { return g.cells[i] }

func main() {
	g := Grid{}
	var r Reader = g
	var m Mutator = &g
	m.Set(0, 5)
	fmt.Println(r.Get(0), g.Get(0))
	var r2 Reader = &g
	m.Set(1, 6)
	fmt.Println(r2.Get(1))
	items := []any{g, &g, g.cells, g.cells[:]}
	g.cells[2] = 42
	fmt.Println(items[0], items[2], items[3])
	arr := items[2].([3]int)
	arr[0] = -1
	fmt.Println(items[2], arr)
	sl := items[3].([]int)
	sl[0] = -2
	fmt.Println(g.cells)
	var x any = g
	y := x
	gg := y.(Grid)
	gg.cells[0] = 1000
	fmt.Println(x, gg)
	var ip *Grid
	var mi Mutator = ip
	fmt.Println(mi == nil, mi != nil)
	mi = nil
	fmt.Println(mi == nil)
}
