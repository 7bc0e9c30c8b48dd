package main

// Messages keep the alias name: "mismatched types any and untyped int", not
// interface{}.
func main() {
	var v any = 1
	_ = v + 1
}
