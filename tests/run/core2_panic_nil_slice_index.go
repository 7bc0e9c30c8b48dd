package main

import "fmt"

func main() {
	var s []string
	fmt.Println(len(s))
	s[0] = "x"
}
