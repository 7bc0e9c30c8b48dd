package main

import "fmt"

type T struct{}
type U int

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	var x interface{} = T{}
	{
		type T struct{}
		try("inner T", func() { _ = x.(T) })
	}
	try("U", func() { _ = x.(U) })
	try("ok", func() { _ = x.(T) })
	var y interface{} = 3
	try("int", func() { _ = y.(string) })
}
