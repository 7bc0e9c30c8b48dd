package main

import "fmt"

type T struct{ a int }
type I interface{ Get() int }

func (t *T) Get() int { return t.a }

func main() {
	var i I = &T{3}
	fmt.Println(i.Get())
	p := i.(*T)
	p.a = 9
	fmt.Println(i.Get())
	var x any = T{1}
	_ = x.(*T)
}
