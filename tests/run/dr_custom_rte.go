package main

import "fmt"

type MyRTE struct{ what string }

func (m MyRTE) Error() string { return "my rte: " + m.what }
func (m MyRTE) RuntimeError() {}

type rte interface {
	error
	RuntimeError()
}

func check(r interface{}) {
	if e, ok := r.(rte); ok {
		_, mine := e.(MyRTE)
		fmt.Println("runtime-ish:", e.Error(), "mine:", mine)
		return
	}
	fmt.Println("plain:", r)
}

func normalReturnPanics() (n int) {
	defer func() {
		n *= 2
		if n > 10 {
			panic(MyRTE{"too big"})
		}
	}()
	return 6
}

func main() {
	for _, f := range []func(){
		func() { panic(MyRTE{"direct"}) },
		func() { var a []int; _ = a[2] },
		func() { fmt.Println(normalReturnPanics()) },
		func() { panic("s") },
		func() {
			defer func() { check(recover()); panic(MyRTE{"from defer"}) }()
			x := 0
			fmt.Println(1 / x)
		},
	} {
		func() {
			defer func() { check(recover()) }()
			f()
		}()
	}
	panic(MyRTE{"final"})
}
