package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { return "E" + string(rune('0'+e.n)) }

type Recoverer interface{ Catch(tag string) }
type R struct{ hits int }

func (r *R) Catch(tag string) {
	x := recover()
	r.hits++
	fmt.Println("Catch", tag, x, r.hits)
}

type VR struct{ name string }

func (v VR) Catch(tag string) {
	fmt.Println("VR.Catch", v.name, tag, recover())
}

func helper() interface{} { return recover() }

func nested1() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic("in defer")
	}()
	panic("original")
}

func nested2() {
	defer func() {
		r := recover()
		fmt.Println("nested2 got", r)
	}()
	defer func() {
		panic(E{2})
	}()
	defer func() {
		panic(E{1})
	}()
	panic(E{0})
}

func viaIface(rc Recoverer, tag string) {
	defer rc.Catch(tag)
	panic(tag)
}

func notDirect() {
	defer func() {
		fmt.Println("helper returned", helper())
		fmt.Println("direct", recover())
	}()
	panic("nd")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second", recover())
	}()
	defer func() {
		fmt.Println("first", recover())
	}()
	panic("once")
}

func recoverNoPanic() {
	defer func() { fmt.Println("no panic", recover()) }()
}

func deepDefer(n int) (s int) {
	defer func() {
		s += n
		if n == 5 {
			if r := recover(); r != nil {
				fmt.Println("caught at 5:", r)
				s += 1000
			}
		}
	}()
	if n == 0 {
		panic(false)
	}
	return deepDefer(n-1) * 2
}

func main() {
	nested1()
	nested2()
	r := &R{}
	viaIface(r, "ptr1")
	viaIface(r, "ptr2")
	viaIface(VR{"v"}, "val")
	notDirect()
	recoverTwice()
	recoverNoPanic()
	fmt.Println(deepDefer(8))
	var rc Recoverer = r
	func() {
		defer rc.Catch("mv")
		m := r.Catch
		defer m("mv2")
		panic("methodvalue")
	}()
	defer fmt.Println("main deferred runs")
	defer func() {
		panic(E{7})
	}()
	panic(E{6})
}
