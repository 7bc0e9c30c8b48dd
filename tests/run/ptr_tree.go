package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	out = append(out, t.Key)
	return inorder(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l := height(t.Left)
	r := height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func contains(t *Tree, k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func mirror(t *Tree) {
	if t == nil {
		return
	}
	t.Left, t.Right = t.Right, t.Left
	mirror(t.Left)
	mirror(t.Right)
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50}
	for _, k := range keys {
		root = insert(root, k)
	}
	fmt.Println(inorder(root, nil))
	fmt.Println(height(root), contains(root, 45), contains(root, 46))
	fmt.Println(root.Left.Right.Left.Key, *root.Right.Left.Right)
	mirror(root)
	fmt.Println(inorder(root, nil))

	// pseudo-random larger tree
	var r2 *Tree
	x := uint32(12345)
	for i := 0; i < 2000; i++ {
		x = x*1103515245 + 12345
		r2 = insert(r2, int(x>>16)%10000)
	}
	s := inorder(r2, nil)
	sorted := true
	for i := 1; i < len(s); i++ {
		if s[i-1] >= s[i] {
			sorted = false
		}
	}
	fmt.Println(len(s), sorted, height(r2), s[0], s[len(s)-1])
}
