package main

import "fmt"

type Shower interface{ Show() }

type S struct{ n int }

func (s S) Show() { fmt.Println("S.Show", s.n) }

func nilFuncLater() (res string) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		res = "recovered"
	}()
	var f func(int)
	fmt.Println("before defer of nil func")
	defer f(1)
	fmt.Println("after defer of nil func: not yet panicked")
	defer fmt.Println("this deferred call runs before the nil one")
	return "normal"
}

func nilFuncArgsEvaluated() {
	defer func() {
		fmt.Println("recovered 2:", recover())
	}()
	var f func(string)
	defer f(arg("evaluated at defer statement"))
	fmt.Println("body of nilFuncArgsEvaluated")
}

func arg(s string) string {
	fmt.Println("arg:", s)
	return s
}

func nilValueReceiver() {
	defer func() {
		fmt.Println("recovered 3:", recover())
	}()
	var p *S
	fmt.Println("about to defer method on nil *S with value receiver")
	defer p.Show()
	fmt.Println("not reached")
}

func nilInterface() {
	defer func() {
		fmt.Println("recovered 4:", recover())
	}()
	var s Shower
	fmt.Println("about to defer method on nil interface")
	defer s.Show()
	fmt.Println("after defer on nil interface")
}

func argPanicsAtDefer() {
	defer func() {
		fmt.Println("recovered 5:", recover())
	}()
	defer fmt.Println("registered before the bad defer")
	xs := []int{1, 2, 3}
	i := 5
	defer fmt.Println("never registered", xs[i])
	fmt.Println("not reached")
}

func main() {
	fmt.Println("result:", nilFuncLater())
	nilFuncArgsEvaluated()
	nilValueReceiver()
	nilInterface()
	argPanicsAtDefer()
	fmt.Println("main end")
}
