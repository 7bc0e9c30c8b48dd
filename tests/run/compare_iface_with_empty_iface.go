package main

type J interface{ M() }

type T int

func (T) M() {}

func main() {
	var j J = T(1)
	var e interface{} = T(1)
	println(j == e, e == j)
}
