package main

type A [2]interface{}

func main() {
	b := []byte{1}
	x, y := A{1, b}, A{2, b}
	println(x == y)
}
