package main

import "fmt"

type Pipeline struct {
	stages [4]func(int) int
	n      int
}

func (p *Pipeline) Add(f func(int) int) *Pipeline {
	p.stages[p.n] = f
	p.n++
	return p
}

func (p Pipeline) Run(x int) int {
	for i := 0; i < p.n; i++ {
		x = p.stages[i](x)
	}
	return x
}

type F func(int) int

func (f F) Then(g F) F { return func(x int) int { return g(f(x)) } }

func main() {
	p := &Pipeline{}
	p.Add(func(x int) int { return x + 1 }).Add(func(x int) int { return x * 10 })
	cp := *p
	p.Add(func(x int) int { return -x })
	fmt.Println(p.Run(1), cp.Run(1), cp.n)
	stages := cp.stages
	stages[0] = func(x int) int { return 0 }
	fmt.Println(cp.Run(5), stages[0](5), stages[2] == nil)
	inc := F(func(x int) int { return x + 1 })
	dbl := F(func(x int) int { return x * 2 })
	fmt.Println(inc.Then(dbl)(3), dbl.Then(inc).Then(inc)(3))
	var raw func(int) int = inc
	fmt.Println(raw(0))
	fs := []F{inc, dbl, inc.Then(dbl)}
	acc := F(func(x int) int { return x })
	for _, f := range fs {
		acc = acc.Then(f)
	}
	fmt.Println(acc(1))
}
