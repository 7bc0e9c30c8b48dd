package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("first")
	b := a
	fmt.Println(b.Len(), b.String())
	b.WriteString("boom")
	fmt.Println("not reached")
}
