package main

type A struct{ b B }
type B struct{ a A }

type L [2]L

func main() {
	var a A
	var l L
	_, _ = a, l
}
