package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ lives int }

func (d Dog) Sound() string  { return d.name + ":woof" }
func (c *Cat) Sound() string { c.lives--; return "meow" }

func main() {
	var fs []func() string
	for _, a := range []Animal{Dog{"rex"}, &Cat{9}, Dog{"fido"}} {
		switch x := a.(type) {
		case Dog:
			fs = append(fs, func() string { x.name += "!"; return x.Sound() })
		case *Cat:
			fs = append(fs, func() string { x.Sound(); return "cat lives " + string(rune('0'+x.lives)) })
		}
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	if v := 10; v > 5 {
		g := func() int { v *= 2; return v }
		g()
		fmt.Println(v)
	} else {
		fmt.Println(v)
	}
	switch n := 3; {
	case n > 2:
		h := func() { n = 0 }
		h()
		fmt.Println("n", n)
	}
	x := 1
	{
		x := 2
		f := func() { x++ }
		f()
		fmt.Println(x)
	}
	fmt.Println(x)
	var gl []func() int
	for i := 0; i < 3; i++ {
		i := i * 10
		gl = append(gl, func() int { i++; return i })
	}
	fmt.Println(gl[0](), gl[0](), gl[2]())
}
