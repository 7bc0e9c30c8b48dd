package main

type I int

func (x *I) method() int { return int(*x) }

func main() {
	var i I = 4
	f := i.method // method value of pointer method on addressable local
	i = 5
	println(f())
}
