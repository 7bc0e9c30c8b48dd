package main

// Found by gowgc-gen (seed 304): the comma-ok form of an index whose map
// or key is itself a map index.

import "fmt"

func main() {
	m := map[string]string{"a": "b", "b": "c"}
	v, ok := m[m["a"]]
	fmt.Println(v, ok)
	n := map[int]int{1: 2}
	w, ok2 := n[n[1]-1]
	fmt.Println(w, ok2)
	var i any = 5
	x, ok3 := i.(int)
	fmt.Println(x, ok3)
}
