package main

import "fmt"

type A [2]interface{}

type S struct {
	n int
	v interface{}
	w any
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	b := []byte{1}
	x, y := A{1, b}, A{2, b}
	try("arr differ first", func() bool { return x == y })
	try("arr ne", func() bool { return x != y })
	try("arr same first", func() bool { return A{1, b} == A{1, b} })
	try("struct differ n", func() bool { return S{1, b, 0} == S{2, b, 0} })
	try("struct same n", func() bool { return S{1, b, 0} == S{1, b, 0} })
	try("struct differ v", func() bool { return S{1, 1, b} == S{1, 2, b} })
	try("eq", func() bool { return S{1, "a", 2.5} == S{1, "a", 2.5} })
	var big [6]interface{}
	big2 := big
	big[0] = 1
	big[3] = b
	big2[3] = b
	try("big", func() bool { return big == big2 })
	m := map[A]int{{1, 2}: 3}
	fmt.Println(m[A{1, 2}])
}
