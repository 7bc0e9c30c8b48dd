package main

// gowgc reports "invalid continue label L" twice (once at the continue
// keyword, once at the label); Go once, at the label.
func main() {
L:
	switch {
	case true:
		for {
			continue L
		}
	}
}
