package main

import "fmt"

// recover() in a function that is NOT itself the deferred call (helper is
// called by the deferred function) must return nil. gowgc recovers when
// the deferred call is dynamic: a func value, a method value, or an
// interface method call (the last is not covered by defer.rs's documented
// approximation, which mentions only func values).
func helper() interface{} { return recover() }

type Catcher interface{ Catch() }
type C struct{}

func (C) Catch() { fmt.Println("helper in method:", helper()) }

func viaIface(c Catcher) {
	defer func() { fmt.Println("viaIface outer:", recover()) }()
	defer c.Catch()
	panic("B")
}

func viaMethodValue() {
	defer func() { fmt.Println("viaMethodValue outer:", recover()) }()
	m := C{}.Catch
	defer m()
	panic("C")
}

func viaFuncValue() {
	defer func() { fmt.Println("viaFuncValue outer:", recover()) }()
	fv := func() { fmt.Println("helper in func value:", helper()) }
	defer fv()
	panic("A")
}

func main() {
	viaIface(C{})
	viaMethodValue()
	viaFuncValue()
}
