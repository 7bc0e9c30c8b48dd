package main

import "fmt"

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type Code int

func main() {
	defer func() {
		panic(Code(7))
	}()
	defer func() {
		fmt.Println("recovered", recover())
		panic(S("two"))
	}()
	panic(S("one"))
}
