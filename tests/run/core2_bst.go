package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) InOrder(out []int) []int {
	if t == nil {
		return out
	}
	out = t.Left.InOrder(out)
	for i := 0; i < t.Count; i++ {
		out = append(out, t.Key)
	}
	return t.Right.InOrder(out)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Find(k int) *Tree {
	for t != nil && t.Key != k {
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return t
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 10, 50, 50} {
		root = insert(root, k)
	}
	fmt.Println(root.InOrder(nil))
	fmt.Println(root.Height(), root.Min())
	if n := root.Find(50); n != nil {
		fmt.Println("found", n.Key, n.Count)
	}
	fmt.Println(root.Find(99) == nil)
	var empty *Tree
	fmt.Println(empty.Height(), len(empty.InOrder(nil)))
	n := root.Find(70)
	fmt.Println(n.Left.Key, n.Right.Key, n.Left.Right.Key)
}
