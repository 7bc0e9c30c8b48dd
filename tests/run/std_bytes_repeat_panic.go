package main

import (
	"bytes"
	"fmt"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var b bytes.Buffer
		b.Grow(-1)
	}()
	fmt.Println(len(bytes.Repeat([]byte("x"), 0)))
	bytes.Repeat([]byte("x"), -1)
}
