package main

import (
	. "fmt"
	. "strings"
)

func main() {
	Println("x")
	_ = Undefined
}
