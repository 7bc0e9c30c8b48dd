package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return e.msg }

var ErrA = E{"a"}

func get(i int) error {
	if i == 0 {
		return nil
	}
	if i == 1 {
		return ErrA
	}
	return E{"b"}
}

func main() {
	var x any = 3
	fmt.Println(x == 3, "a" != x, x == 3.0, x == int64(3))
	fmt.Println(get(1) == ErrA, get(2) == ErrA, get(0) == nil, get(2) == E{"b"})
	var a, b any = []int{1}, "s"
	fmt.Println(a == b)
	var p1, p2 any = &E{"x"}, &E{"x"}
	fmt.Println(p1 == p2, p1 == p1)
	fmt.Println(a == a)
}
