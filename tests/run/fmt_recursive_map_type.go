package main

import "fmt"

type M map[string]M

func main() {
	m := M{"a": M{"b": nil}}
	m["c"] = m["a"]
	fmt.Println(len(m), len(m["c"]), m["a"]["b"] == nil)
	fmt.Println(m)
}
