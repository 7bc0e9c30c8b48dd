package main

// Go: C does not implement I (ambiguous selector C.M); gowgc: (missing method M)
type A struct{}
type B struct{}

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
}

type I interface{ M() }

func main() {
	var i I = C{}
	_ = i
}
