package main

// An Error method that panics while the runtime prints the panic value:
// Go throws "fatal error: panic while printing panic value: ..." (exit 2).
type E struct{ n int }

func (e E) Error() string {
	if e.n == 2 {
		panic("error method panics")
	}
	return "E"
}

func main() {
	panic(E{2})
}
