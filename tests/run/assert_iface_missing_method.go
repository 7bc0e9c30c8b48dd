package main

// Go: panic: interface conversion: main.A is not main.J: missing method N
// gowgc (at 12:54 build): "... missing method M" (names the wrong method)
type A struct{}

func (A) M() {}

type I interface{ M() }
type J interface {
	M()
	N()
}

func main() {
	var i I = A{}
	_ = i.(J)
}
