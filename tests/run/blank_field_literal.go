package main

import "fmt"

type T struct {
	a int
	_ int
	b string
}

func two() int {
	fmt.Println("evaluated")
	return 2
}

func main() {
	// Blank fields of a positional literal are evaluated but hold zero.
	t := T{1, two(), "x"}
	fmt.Printf("%v %+v\n", t, t)
	u := T{a: 1, b: "x"}
	fmt.Println(t == u)
}
