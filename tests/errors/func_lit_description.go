package main

// A func literal is described as "func(x int) string {…}", and its type keeps
// the parameter names.
func main() {
	var f func(int) int
	f = func(x int) string { return "" }
	_ = f
}
