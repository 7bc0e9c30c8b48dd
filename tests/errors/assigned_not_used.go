package main

// Go reports "declared and not used: n" even though the assignment to n has
// a type error; gowgc only reports the type error.
func main() {
	var n int
	n = "two"
}
