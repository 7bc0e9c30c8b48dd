package main

import "fmt"

func chain() (res string) {
	defer func() {
		r := recover()
		fmt.Println("outer recover got:", r)
		fmt.Println("outer second recover:", recover())
		res = "recovered " + r.(string)
	}()
	defer func() {
		fmt.Println("middle defer sees nothing to recover? runs while second panic unwinds")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func duringReturn() (n int) {
	defer func() {
		fmt.Println("duringReturn: n before recover =", n)
		if r := recover(); r != nil {
			fmt.Println("duringReturn recovered:", r)
			n = -n
		}
	}()
	defer func() {
		if n > 10 {
			panic("too big on the way out")
		}
	}()
	return 42
}

func deeper() {
	defer func() {
		panic("replaced in deeper frame")
	}()
	panic("original in deeper frame")
}

func crossFrame() {
	defer func() {
		fmt.Println("crossFrame recovered:", recover())
	}()
	deeper()
	fmt.Println("not reached")
}

func replaceWithRuntime() {
	defer func() {
		r := recover()
		fmt.Println("replaceWithRuntime recovered:", r)
		_, isErr := r.(error)
		fmt.Println("is error:", isErr)
	}()
	defer func() {
		var p *struct{ x int }
		p.x = 1
	}()
	panic("plain string first")
}

func recoverInEach() {
	defer func() { fmt.Println("recoverInEach third:", recover()) }()
	defer func() {
		fmt.Println("recoverInEach second:", recover())
		panic("P2")
	}()
	defer func() {
		fmt.Println("recoverInEach first:", recover())
		panic("P1")
	}()
	panic("P0")
}

func main() {
	fmt.Println("chain:", chain())
	fmt.Println("duringReturn:", duringReturn())
	crossFrame()
	replaceWithRuntime()
	recoverInEach()
	fmt.Println("main end")
}
