package main

import "fmt"

type T struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
}

type U struct {
	A int
	B string
}

type Inner struct {
	P *struct {
		X int `x:"1"`
	}
}

func main() {
	t := T{1, "x"}
	u := U(t)
	fmt.Println(u, T(u))
	pu := (*U)(&t)
	pu.A = 5
	fmt.Println(t)
	var x any = struct {
		X int `k:"v"`
	}{3}
	fmt.Printf("%T %v %#v\n", x, x, x)
	_, ok := x.(struct{ X int })
	fmt.Println(ok)
	_, ok = x.(struct {
		X int `k:"v"`
	})
	fmt.Println(ok)
	var in Inner
	fmt.Printf("%T %#v\n", in.P, in)
	s := struct {
		A int    `json:"a"`
		B string `json:"b,omitempty"`
	}{2, "y"}
	t = s
	fmt.Println(t, U(s))
	m := map[any]int{x: 1}
	m[struct{ X int }{3}] = 2
	fmt.Println(len(m))
}
