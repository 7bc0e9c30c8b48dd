package main

import _ "strings"

func main() {
	println("hi")
}
