package main

import "fmt"

type E struct{}

type W struct {
	e E
	n int
}

type B struct{ _ int }

func eqE(p, q *E) bool      { return *p == *q }
func eqW(p, q *W) bool      { return p.e == q.e }
func eqArr(p, q *[0]int) bool { return *p == *q }
func eqB(p, q *B) bool      { return *p == *q }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var e1, e2 E
	try("E ok", func() bool { return eqE(&e1, &e2) })
	try("E nil", func() bool { return eqE(nil, &e2) })
	try("W nil", func() bool { return eqW(nil, nil) })
	try("arr nil", func() bool { return eqArr(nil, nil) })
	try("blank nil", func() bool { return eqB(&B{}, nil) })
	calls := 0
	mk := func() E { calls++; return E{} }
	try("calls", func() bool { return mk() == mk() })
	fmt.Println(calls)
}
