package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, &Node{3, nil}}}
	for i := 0; i < 5; i++ {
		fmt.Println("val", n.Val)
		n = n.Next
	}
}
