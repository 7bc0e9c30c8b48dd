package main

// Go follows "duplicate case int in type switch" with a
// "LINE:COL: previous case" line; gowgc omits it.
func main() {
	var v any = 1
	switch v.(type) {
	case int:
	case string, int:
	}
}
