package main

func main() {
	var x int = "hello"
	x = 1.5
	_ = x
}
