package main

// Go: panic: interface conversion: struct {} is not interface { M() }: missing method M
func main() {
	var x any = struct{}{}
	_ = x.(interface{ M() })
}
