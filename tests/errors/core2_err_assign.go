package main

const C = 5

func f() int { return 1 }

func main() {
	C = 6
	f() = 2
	"s"[0] = 'x'
	s := "abc"
	s[1] = 'b'
	a, b := 1
	x := 1
	x := 2
	_, _, _ = a, b, x
}
