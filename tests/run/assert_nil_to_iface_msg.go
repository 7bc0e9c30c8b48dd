package main

// Go: panic: interface conversion: interface is nil, not main.I
// gowgc (12:54 build): "interface conversion: nil is not main.I: missing method Get"
type I interface{ Get() int }

func main() {
	var x any
	_ = x.(I)
}
