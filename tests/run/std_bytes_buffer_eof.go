package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("ab")
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(p)
	fmt.Println(n, err, err == io.EOF)
}
