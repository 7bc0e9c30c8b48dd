package main

import "fmt"

type T struct{ s []int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		e, isErr := r.(error)
		if isErr {
			fmt.Printf("%s: error %q\n", name, e.Error())
		} else {
			fmt.Printf("%s: %T %v\n", name, r, r)
		}
	}()
	f()
}

func main() {
	m := map[interface{}]int{}
	try("read", func() { _ = m[T{}] })
	try("read2", func() { _, _ = m[[]int{}] })
	try("write", func() { m[T{}] = 1 })
	try("delete", func() { delete(m, T{}) })
	try("lit", func() { _ = map[interface{}]int{[]int{}: 1} })
	var e map[interface{}]int
	try("nil read", func() { _ = e[T{}] })
	try("eq", func() { var a, b interface{} = T{}, T{}; _ = a == b })
}
