package main

import "fmt"

// Runtime type names (panic messages) use reflect's spelling:
// "[]interface {}", "struct {}", "struct { A int; b string }",
// "interface { M() }". gowgc prints "[]interface{}", "struct{A int; b string}", ...
func main() {
	var x any = []any{}
	_, ok := x.(int)
	fmt.Println(ok)
	var y any = struct {
		A int
		b string
	}{}
	_, ok = y.(int)
	fmt.Println(ok)
	_ = x.(int)
}
