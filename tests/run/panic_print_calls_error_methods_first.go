package main

// Go evaluates Error()/String() of every pending panic value (newest
// first) before printing any "panic: " line (runtime.preprintpanics).
type E struct{ n int }

func (e E) Error() string {
	println("Error() called", e.n)
	return "E"
}

func main() {
	defer func() {
		panic(E{2})
	}()
	panic(E{1})
}
