package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	var x, y any = m, m
	fmt.Println(x == y)
}
