package main

// Go: "x declared and not used" for a type switch symbol never used in any
// clause; gowgc says nothing.
func main() {
	var v any = 1
	switch x := v.(type) {
	case int:
	case string:
	}
}
