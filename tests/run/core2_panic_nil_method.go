package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func (n *Node) Val() int { return n.val }

func main() {
	n := &Node{val: 1}
	fmt.Println(n.Val())
	fmt.Println(n.next.Val())
}
