package main

func f() (int, string) { return 1, "a" }

func main() {
	a := f()
	var b, c, d = f()
	_, _, _, _ = a, b, c, d
}
