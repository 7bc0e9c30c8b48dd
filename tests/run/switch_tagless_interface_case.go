package main

func main() {
	switch i := interface{}(true); {
	case i:
		println("true")
	default:
		println("default")
	}
}
