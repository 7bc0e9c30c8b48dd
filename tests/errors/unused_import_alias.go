package main

import (
	f "fmt"
	_ "strings"
)

func main() {
	var x int
}
