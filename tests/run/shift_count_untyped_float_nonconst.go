package main

func main() {
	var x int = 1
	println(x<<(1.<<x), x<<(2.0<<x))
}
