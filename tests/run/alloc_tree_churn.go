package main

import "fmt"

type Node struct {
	L, R *Node
}

func build(d int) *Node {
	if d == 0 {
		return &Node{}
	}
	return &Node{build(d - 1), build(d - 1)}
}

func (n *Node) Count() int {
	if n.L == nil {
		return 1
	}
	return 1 + n.L.Count() + n.R.Count()
}

func main() {
	// long-lived tree survives many collections of short-lived trees
	long := build(14)
	total := 0
	for d := 4; d <= 14; d += 2 {
		iters := 1 << (14 - d + 4)
		check := 0
		for i := 0; i < iters; i++ {
			check += build(d).Count()
		}
		fmt.Println(iters, d, check)
		total += check
	}
	fmt.Println(long.Count(), total)
}
