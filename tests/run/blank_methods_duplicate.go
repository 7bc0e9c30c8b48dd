package main

type T struct{ x int }

func (T) _() {}
func (T) _() {}

func main() {
	println(T{3}.x)
}
