package main

import "fmt"

type Oops struct{ n int }

func (o Oops) Error() string { return "oops number " + string(rune('0'+o.n)) }

func main() {
	defer func() {
		fmt.Println("last defer panics with a new value")
		panic("final straw")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- re-panicking it")
		panic(r)
	}()
	panic(Oops{4})
}
