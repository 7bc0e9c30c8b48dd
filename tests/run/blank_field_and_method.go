package main

type T struct {
	_ int
	x int
}

func (T) _() {}

func main() {
	t := T{x: 7}
	println(t.x)
}
