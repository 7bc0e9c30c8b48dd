package main

func main() {
	var x int
	var y float64
	_ = min("a", 1)
	_ = max(x, y)
	_ = min(1, 2.5, "s")
	_ = max(x, 2, y)
	_ = min(1, 2.5)
}
