package main

import "fmt"

// fmt does not call String() on values reached through unexported struct
// fields, also when the field has interface type. Go: {3 C4}; gowgc: {C3 C4}.
type Color int

func (c Color) String() string { return "C" + string(rune('0'+int(c))) }

type holder struct {
	inner any
	Outer any
}

func main() {
	fmt.Println(holder{Color(3), Color(4)})
}
