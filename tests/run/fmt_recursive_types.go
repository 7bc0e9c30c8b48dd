package main

import "fmt"

type S []S

type Tree struct {
	Name string
	Kids []Tree
}

type N struct {
	v    int
	next map[int]N
}

type A [2]*A

type I interface{}

type L []interface{}

func main() {
	s := S{S{}, S{S{}, nil}}
	fmt.Println(s, len(s))
	t := Tree{"root", []Tree{{"a", nil}, {"b", []Tree{{"c", nil}}}}}
	fmt.Println(t)
	fmt.Printf("%v|%+v\n", t, t)
	fmt.Println(&t)
	n := N{1, map[int]N{2: {2, nil}, 3: {3, map[int]N{4: {}}}}}
	fmt.Println(n)
	x := fmt.Sprint(s, t, n)
	fmt.Println(len(x), x)
	var a A
	fmt.Println(a[0] == nil)
	l := L{1, L{2, L{}}}
	fmt.Println(l)
	ts := []*Tree{&t}
	fmt.Println(len(ts))
	println(len(fmt.Sprintln(t)))
}
