package main

// Go follows "field and method with the same name Name" with
// "LINE:COL: other declaration of Name"; gowgc omits it.
type T struct {
	Name string
}

func (t T) Name() string { return "x" }

func main() {}
