package main

type T [2][]T

func main() {
	var t T
	t[0] = make([]T, 3)
	println(len(t[0]), len(t[1]))
}
