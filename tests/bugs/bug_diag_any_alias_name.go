package main

// Go keeps the alias name in messages: "mismatched types any and untyped int";
// gowgc prints interface{}.
func main() {
	var v any = 1
	_ = v + 1
}
