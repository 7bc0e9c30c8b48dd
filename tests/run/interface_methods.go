package main

import "fmt"

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	loud bool
}

func (d Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Counter struct{ n int }

func (c *Counter) Sound() string {
	c.n++
	return "tick" + string(rune(0x30+c.n))
}

type Temp int

type Stringer interface{ String() string }

func (t Temp) String() string {
	if t < 0 {
		return "cold"
	}
	return "warm"
}

func speak(a Animal) string { return a.Sound() }

func names(xs []Named) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name()+":"+x.Sound())
	}
	return out
}

func main() {
	d := Dog{Base{"rex"}, true}
	fmt.Println(speak(d), names([]Named{d, Dog{Base{"fido"}, false}}))
	c := &Counter{}
	var a Animal = c
	a.Sound()
	a.Sound()
	fmt.Println(c.n, speak(c))
	var n Named = d
	var a2 Animal = n
	fmt.Println(a2.Sound(), n.Name())
	if nn, ok := a2.(Named); ok {
		fmt.Println("named", nn.Name())
	}
	if _, ok := a.(Named); !ok {
		fmt.Println("counter is not named")
	}
	temps := []Temp{-5, 20}
	fmt.Println(temps, Temp(3))
	var s Stringer = Temp(-1)
	fmt.Println(s, s.String())
	var nilA Animal
	fmt.Println(nilA == nil, a != nil)
	m := map0()
	fmt.Println(len(m))
	defer0()
	nilA.Sound()
}

func map0() []any { return []any{1, "x"} }

func defer0() {}
