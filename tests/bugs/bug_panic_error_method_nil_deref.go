package main

// Same as bug_panic_error_method_panics, but the Error method faults with a
// runtime error: Go prints the dynamic type of the new panic value.
type E struct{ n int }

func (e *E) Error() string { return "E" + string(rune(48+e.n)) }

func main() {
	var e *E
	panic(e)
}
