package main

import "fmt"

// fmt recovers a panic in a String/Error method and prints
// %!v(PANIC=String method: ...) in place of the operand.
type S struct{ n int }

func (s S) String() string {
	if s.n == 0 {
		panic("boom in String")
	}
	return "S"
}

type E struct{}

func (e *E) Error() string { panic("boom in Error") }

func main() {
	fmt.Println("a", S{1}, S{0}, "b")
	fmt.Print(S{0}, "\n")
	fmt.Println(&E{})
	fmt.Println("end")
}
