package main

import "fmt"

// gowgc: frontend stack overflow (fatal runtime error) on an interface
// whose method mentions the interface itself.
type Node interface{ Children() []Node }

type Leaf struct{ v int }

func (Leaf) Children() []Node { return nil }

func main() {
	var n Node = Leaf{1}
	fmt.Println(len(n.Children()), n)
}
