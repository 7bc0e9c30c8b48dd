package main

import "fmt"

// Method values of interface values: "not supported yet: method values of
// interfaces" (also as a deferred call through a method value).
type I interface{ M(tag string) }
type T struct{ n int }

func (t *T) M(tag string) { t.n++; fmt.Println("M", tag, t.n, recover()) }

func main() {
	var i I = &T{}
	m := i.M
	m("direct")
	func() {
		defer m("deferred")
		panic("p")
	}()
	var nilI I
	defer func() { fmt.Println("nil iface method value:", recover()) }()
	_ = nilI.M
	fmt.Println("not reached")
}
