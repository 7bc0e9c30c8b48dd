package main

func f() {
	defer func() {
		defer recover() // recover called as a deferred call of a deferred function
	}()
	panic("boom")
}

func main() {
	f()
	println("recovered")
}
