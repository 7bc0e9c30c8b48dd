package main

var p *int

func main() {
	defer func() {
		println("recovered:", recover() != nil)
	}()
	q := &*p
	println("no panic", q == nil)
}
