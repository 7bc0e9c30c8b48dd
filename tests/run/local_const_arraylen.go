package main

func main() {
	const k = 3
	var a [k]int
	type T [k + 1]int
	var t T
	println(len(a), len(t))
}
