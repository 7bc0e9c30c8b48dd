package main

type P *P

func main() {
	var p P
	q := P(&p)
	println(p == nil, *q == nil)
}
