package main

func add(a, b int8) int8 { return a + b }

func main() {
	println(add(100, 100))
}
