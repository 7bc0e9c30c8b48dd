package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	println(f)
}
