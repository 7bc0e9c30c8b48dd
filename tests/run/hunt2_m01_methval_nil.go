package main

import "fmt"

type T struct{ v int }

func (t T) Val() int { return t.v }

func main() {
	var p *T
	fmt.Println("eval")
	f := p.Val
	fmt.Println("not reached")
	fmt.Println(f())
}
