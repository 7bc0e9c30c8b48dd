package main

import "fmt"

type Pair struct {
	K string
	V any
}

func main() {
	a := [3]any{1, "x", nil}
	b := a
	b[0] = 2
	fmt.Println(a, b, a[2] == nil)
	ps := []Pair{{"a", 1}, {"b", Pair{"c", 2.5}}}
	fmt.Println(ps)
	q := ps[1].V.(Pair)
	fmt.Println(q.K, q.V)
	var arr [2]error
	fmt.Println(arr[0] == nil, arr)
}
