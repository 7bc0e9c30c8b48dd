package main

import "fmt"

type Code int
type Name string
type Ratio float64
type Flag bool

type Color int

func (c Color) String() string { return "color#" + string(rune('0'+int(c))) }

type Fail struct{ why string }

func (f Fail) Error() string { return "fail: " + f.why }

func main() {
	defer func() { panic(Fail{"last"}) }()
	defer func() { panic(Color(3)) }()
	defer func() { panic(Flag(true)) }()
	defer func() { panic(Ratio(0.25)) }()
	defer func() { panic(Name("bob")) }()
	defer func() { panic(Code(-7)) }()
	defer func() { panic(uint8(200)) }()
	defer func() { panic(3.5) }()
	defer func() { panic(false) }()
	defer func() { panic(int64(-9)) }()
	fmt.Println("starting the chain")
	panic("string value")
}
