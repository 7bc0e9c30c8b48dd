package main

type T struct{}
type U struct{}

func main() {
	var x any = &T{}
	_ = x.(*U)
}
