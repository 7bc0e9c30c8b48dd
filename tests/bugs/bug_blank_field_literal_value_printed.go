package main

import "fmt"

type T struct {
	a int
	_ int
	b string
}

func main() {
	t := T{1, 2, "x"}
	fmt.Printf("%v %+v\n", t, t)
}
