package main

import "fmt"

var nodes = make([]int, 1, 1)
var i = 0

func grow() int { nodes = append(nodes, 5); i = 1; return 9 }

func main() {
	nodes[i] = grow()
	fmt.Println(nodes, i)
	nodes = []int{0, 0, 0}
	i = 0
	nodes[i], i = grow(), 2
	fmt.Println(nodes, i)
	arr := [3]int{}
	pa := &arr
	other := [3]int{}
	sw := func() int { pa = &other; return 4 }
	pa[0] = sw()
	fmt.Println(arr, other)
	type T struct{ f int }
	t1, t2 := &T{}, &T{}
	p := t1
	sp := func() int { p = t2; return 3 }
	p.f = sp()
	fmt.Println(*t1, *t2)
	*p = T{sp() + 1}
	fmt.Println(*t1, *t2)
}
