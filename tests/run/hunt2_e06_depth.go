package main

import "fmt"

type L3 struct{ Z int }

func (L3) Name() string   { return "L3" }
func (*L3) PName() string { return "pL3" }

type L2 struct {
	L3
	Y int
}

func (L2) Level() int { return 2 }

type L1 struct {
	*L2
	X int
}

func (L1) Name() string { return "L1" }

type L0 struct {
	L1
	W int
}

type Namer interface{ Name() string }
type PNamer interface{ PName() string }
type Leveler interface{ Level() int }

func main() {
	x := L0{L1{&L2{L3{3}, 2}, 1}, 0}
	fmt.Println(x.Z, x.Y, x.X, x.W, x.Name(), x.PName(), x.Level(), x.L1.L2.L3.Name())
	x.Z = 30
	cp := x
	cp.Z = 300
	fmt.Println(x.Z, cp.Z)
	var n Namer = x
	var pn PNamer = x
	var lv Leveler = x
	fmt.Println(n.Name(), pn.PName(), lv.Level())
	n = x.L2
	fmt.Println(n.Name())
	n = &x.L2.L3
	fmt.Println(n.Name())
	items := []any{x, x.L1, x.L2, x.L3}
	for _, it := range items {
		if nm, ok := it.(Namer); ok {
			fmt.Print(nm.Name(), " ")
		}
		if _, ok := it.(PNamer); ok {
			fmt.Print("P ")
		}
		if _, ok := it.(Leveler); ok {
			fmt.Print("Lv ")
		}
		fmt.Println()
	}
}
