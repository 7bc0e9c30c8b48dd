package main

import "fmt"

type Node struct {
	L, R *Node
	Val  int
	Name string
}

func build(depth, v int) *Node {
	if depth == 0 {
		return &Node{Val: v, Name: "leaf"}
	}
	return &Node{build(depth-1, 2*v), build(depth-1, 2*v+1), v, "n"}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.L.sum() + n.R.sum()
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.L.count() + n.R.count()
}

func mirror(n *Node) *Node {
	if n == nil {
		return nil
	}
	return &Node{mirror(n.R), mirror(n.L), n.Val, n.Name + "'"}
}

func main() {
	keep := build(10, 1)
	total := 0
	for i := 0; i < 30; i++ {
		t := build(8, i)
		total += t.sum()
		m := mirror(t)
		total -= m.sum()
		total += m.count()
		junk := make([]string, 0)
		for j := 0; j < 20; j++ {
			junk = append(junk, fmt_(j))
		}
		total += len(junk[19])
	}
	fmt.Println(total, keep.sum(), keep.count(), keep.L.R.Val, mirror(keep).L.Name)
}

func fmt_(j int) string {
	s := ""
	for k := 0; k <= j; k++ {
		s += string(rune('a' + k%26))
	}
	return s
}
