package main

// Go prints an empty composite literal as T{}, gowgc as T{…}.
type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var i I = T{}
	_ = i
}
