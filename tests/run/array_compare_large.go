package main

type T [8192]byte

func main() {
	var a, b T
	b[100] = 1
	println(a == b)
}
