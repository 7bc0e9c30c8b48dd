package main

import "fmt"

type runtimeError interface {
	error
	RuntimeError()
}

func tryNil() (got any, panicked bool) {
	panicked = true
	defer func() {
		got = recover()
	}()
	panic(nil)
	panicked = false
	return
}

func tryNilError() (got any) {
	defer func() { got = recover() }()
	var e error
	panic(e)
}

func tryNilPointer() (got any) {
	defer func() { got = recover() }()
	var p *int
	panic(p)
}

func main() {
	got, panicked := tryNil()
	fmt.Println("panicked:", panicked)
	fmt.Println("recovered is nil:", got == nil)
	fmt.Println("value:", got)
	if e, ok := got.(error); ok {
		fmt.Println("is error:", e.Error())
	}
	if _, ok := got.(runtimeError); ok {
		fmt.Println("is runtime error")
	}
	switch got.(type) {
	case nil:
		fmt.Println("switch: nil")
	case error:
		fmt.Println("switch: error")
	default:
		fmt.Println("switch: default")
	}
	g2 := tryNilError()
	fmt.Println("nil error interface:", g2 == nil, g2)
	g3 := tryNilPointer()
	fmt.Println("typed nil pointer:", g3 == nil, g3 != nil, g3.(*int) == nil)
}
