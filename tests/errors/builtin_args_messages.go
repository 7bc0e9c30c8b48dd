package main

func main() {
	_ = min("a", 1)
	_ = max()
	panic(1, 2)
}
