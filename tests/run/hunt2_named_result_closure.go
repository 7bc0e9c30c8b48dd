package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func results() (a int, f func() int) {
	f = func() int { a += 5; return a }
	a = 10
	return
}

func main() {
	a, f := results()
	fmt.Println(a, f(), f())
	ts := []T{{1}, {2}}
	gets := []func() int{}
	for _, t := range ts {
		gets = append(gets, t.Get)
	}
	for i := range ts {
		gets = append(gets, ts[i].Get)
	}
	ts[0].n = 100
	for _, g := range gets {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
