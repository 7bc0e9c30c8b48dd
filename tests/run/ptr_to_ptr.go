package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) {
	t := *a
	*a = *b
	*b = t
}

func retarget(pp **int, to *int) {
	*pp = to
}

// insert at head using a pointer to the head pointer
func pushFront(head **Node, v int) {
	*head = &Node{Val: v, Next: *head}
}

// remove all nodes with value v using pointer-to-pointer traversal
func removeAll(head **Node, v int) {
	pp := head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
		} else {
			pp = &(*pp).Next
		}
	}
}

func printList(n *Node) {
	for n != nil {
		fmt.Print(n.Val, " ")
		n = n.Next
	}
	fmt.Println()
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := &x
	pp := &p
	**pp = 10
	fmt.Println(x, *p)
	retarget(pp, &y)
	**pp = 20
	fmt.Println(x, y, *p, p == &y)

	ppp := &pp
	***ppp = 30
	fmt.Println(y)

	var head *Node
	for i := 0; i < 8; i++ {
		pushFront(&head, i%3)
	}
	printList(head)
	removeAll(&head, 1)
	printList(head)
	removeAll(&head, 2)
	printList(head)
	removeAll(&head, 0)
	fmt.Println(head == nil)
}
