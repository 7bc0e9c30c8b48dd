package main

// Go: cannot use func(x int) string {…} (value of type func(x int) string) as ...
// gowgc: cannot use (func(x int) string literal) (value of type func(int) string) as ...
func main() {
	var f func(int) int
	f = func(x int) string { return "" }
	_ = f
}
