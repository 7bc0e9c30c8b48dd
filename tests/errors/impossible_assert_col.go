package main

// Go reports "impossible type assertion" at the asserted expression (col 6),
// gowgc at the type (col 9).
type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var i I = &T{}
	_ = i.(T)
}
