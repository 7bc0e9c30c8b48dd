package main

import "fmt"

type Tree struct {
	children []Tree
	label    string
}

func (t Tree) size() int {
	n := 1
	for _, c := range t.children {
		n += c.size()
	}
	return n
}

func min(a, b string) string {
	if len(a) < len(b) {
		return a
	}
	return b
}

func print(s string) { fmt.Println("custom print:", s) }

func main() {
	fmt.Println(min("long", "abc"))
	print("hi")
	len := 3
	fmt.Println(len * 2)
	{
		true := false
		fmt.Println(true, !true)
	}
	nil_ := 0
	_ = nil_
	string := "shadowed"
	fmt.Println(string)
	type int = float64
	var x int = 2.5
	fmt.Println(x)
	append := []byte("x")
	fmt.Println(append)
	t := Tree{label: "root", children: []Tree{{label: "a"}, {label: "b", children: []Tree{{label: "c"}}}}}
	fmt.Println(t.size(), t.children[1].children[0].label)
	iota := 7
	fmt.Println(iota)
	copy, cap := 1, 2
	fmt.Println(copy + cap)
}
