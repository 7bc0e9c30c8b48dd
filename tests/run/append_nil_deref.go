package main

type T struct {
	a, b int
}

func main() {
	defer func() {
		println("recovered:", recover() != nil)
	}()
	var e *T
	var s []T
	s = append(s, *e)
	println("no panic", len(s))
}
