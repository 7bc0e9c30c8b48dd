package main

var a = b + 1
var b = 2

func main() {
	println("a =", a)
	x := a
	println("x =", x)
	println("end")
}
