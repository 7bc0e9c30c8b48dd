package main

import "fmt"

func main() {
	var a int32 = 1
	var b int64 = 2
	c := a + b
	s := "x" + 1
	fmt.Println(c, s)
}
