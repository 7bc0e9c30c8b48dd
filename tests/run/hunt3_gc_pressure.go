package main

import "fmt"

type node struct {
	name  string
	kids  map[string]*node
	data  []byte
}

func build(depth int, prefix string) *node {
	n := &node{name: prefix, kids: map[string]*node{}, data: make([]byte, 16)}
	if depth == 0 {
		return n
	}
	for i := 0; i < 3; i++ {
		k := (prefix + itoa(i))
		n.kids[k] = build(depth-1, k)
	}
	return n
}

func count(n *node) int {
	c := 1
	for _, k := range n.kids {
		c += count(k)
	}
	return c
}

func main() {
	total := 0
	for r := 0; r < 20; r++ {
		t := build(5, "r")
		total += count(t)
		garbage := map[int][]string{}
		for i := 0; i < 200; i++ {
			garbage[i%17] = append(garbage[i%17], (itoa(i)))
		}
		total += len(garbage[3])
	}
	fmt.Println(total)
	keep := map[string][]int{}
	for i := 0; i < 3000; i++ {
		k := ("k" + itoa(i%100))
		keep[k] = append(keep[k], i)
		tmp := map[int]string{i: k}
		_ = tmp
	}
	s := 0
	for _, v := range keep {
		s += len(v) + v[len(v)-1]
	}
	fmt.Println(s, len(keep))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}
