package main

type T []T

func main() {
	var t T = T{nil, T{}}
	println(len(t), t[0] == nil, len(t[1]))
}
