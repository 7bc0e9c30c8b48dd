package main

import "fmt"

type I interface{ M() }
type T struct{ n int }

func (t *T) M() { fmt.Println("T.M", t == nil) }

type V struct{ n int }

func (v V) M() { fmt.Println("V.M", v.n) }

type Base struct{ id int }

func (b Base) Hello()    { fmt.Println("Base.Hello", b.id) }
func (b *Base) SetID(i int) { b.id = i; fmt.Println("SetID", i) }

type Mid struct {
	Base
	name string
}

type Top struct {
	*Mid
	extra int
}

func try(tag string, f func()) {
	defer func() { fmt.Println(tag, "->", recover()) }()
	f()
}

func main() {
	try("nil func defer", func() {
		var f func()
		defer f()
		fmt.Println("after defer of nil func")
	})
	try("nil iface defer", func() {
		var i I
		fmt.Println("before")
		defer fmt.Println("registered earlier")
		defer i.M()
		fmt.Println("after defer of nil iface method (not reached)")
	})
	try("nil ptr method defer", func() {
		var t *T
		defer t.M()
		fmt.Println("nil *T receiver ok")
	})
	try("nil ptr value method defer", func() {
		var v *V
		defer fmt.Println("registered before")
		defer v.M()
		fmt.Println("not reached")
	})
	try("embedded", func() {
		m := &Mid{Base{1}, "m"}
		t := Top{m, 5}
		defer t.Hello()
		defer t.SetID(50)
		defer m.Hello()
		t.id = 2
		h := t.Hello
		defer h()
		t.id = 3
		fmt.Println("ids", t.id, m.id)
	})
	try("embedded nil", func() {
		var t Top
		defer fmt.Println("first registered")
		defer t.Hello()
		fmt.Println("not reached")
	})
	try("iface value recv copy", func() {
		v := V{1}
		var i I = v
		defer i.M()
		v.n = 2
		i = V{3}
		defer i.M()
		i = &T{}
		defer i.M()
	})
	try("deferred closure reassigned", func() {
		f := func() { fmt.Println("original f") }
		defer f()
		f = func() { fmt.Println("new f") }
		defer f()
	})
	try("panic nil", func() {
		defer func() {
			r := recover()
			fmt.Println("recovered from panic(nil):", r)
			_, ok := r.(error)
			fmt.Println("is error", ok)
			panic(r)
		}()
		panic(nil)
	})
	try("panic nil error", func() {
		var e error
		panic(e)
	})
	try("arg eval order", func() {
		x := 1
		defer fmt.Println("x at defer", x, func() int { x++; return x }())
		x = 10
		fmt.Println("x now", x)
	})
	try("arg eval panics", func() {
		var s []int
		defer fmt.Println("registered ok")
		defer fmt.Println("bad arg", s[3])
		fmt.Println("not reached")
	})
}
