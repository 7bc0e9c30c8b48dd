package main

import "fmt"

type Base struct{ v int }

func (b Base) Val() int { return b.v }

type Wrap struct {
	*Base
}

type Valer interface{ Val() int }

func main() {
	w := Wrap{&Base{3}}
	var v Valer = w
	fmt.Println(v.Val())
	w2 := Wrap{}
	v = w2
	fmt.Println("assigned")
	fmt.Println(v.Val())
}
