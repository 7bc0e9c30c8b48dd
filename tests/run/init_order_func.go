package main

var a = f()

func f() int { return b }

var b = 2

func main() {
	println(a, b)
}
