package main

var x = y
var y = x

func main() {
	println(x, y)
}
