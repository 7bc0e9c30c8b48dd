package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ n int }

func (b Base) Get() int      { return b.n }
func (b *Base) Set(n int)    { b.n = n }
func (b Base) Name() string  { return fmt.Sprint("base", b.n) }

type Mid struct {
	*Base
	tag string
}

type Derived struct {
	Mid
	name string
}

type WithIface struct {
	Namer
	x int
}

type Val int

func (v Val) Double() Val { return v * 2 }

type HasVal struct{ Val }

func main() {
	d := Derived{Mid{&Base{1}, "t"}, "x"}
	g := Derived.Get
	fmt.Println(g(d))
	s := Derived.Set // via embedded pointer: in the value method set
	s(d, 7)
	fmt.Println(d.Get(), (*Derived).Get(&d))
	fmt.Printf("%T\n", g)
	w := WithIface{Base{3}, 1}
	fmt.Println(WithIface.Name(w), (*WithIface).Name(&w))
	fmt.Println(HasVal.Double(HasVal{21}))
	fs := []func(Derived) int{Derived.Get, func(Derived) int { return -1 }}
	for _, f := range fs {
		fmt.Println(f(d))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var nd *Derived
	fmt.Println((*Derived).Get(nd))
}
