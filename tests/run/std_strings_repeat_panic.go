package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2), strings.Repeat("", -0))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.Repeat("", -1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var b strings.Builder
		b.Grow(-1)
	}()
	n := -3
	fmt.Println(strings.Repeat("x", n))
}
