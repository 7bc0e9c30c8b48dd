package main

func main() {
	var i int
	var b bool
	_ = i && b
	_ = b || i
	_ = i || 1
	var p *int
	_ = p == 0
	_ = 0 != p
}
