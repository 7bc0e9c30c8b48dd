package main

import "fmt"

type MyErr struct {
	code int
	msg  string
}

func (e *MyErr) Error() string { return "myerr " + e.msg }

type ValErr struct{ code int }

func (e ValErr) Error() string { return "valerr" }

type Str struct{ a, b int }

func (s Str) String() string { return "Str<" + string(rune('0'+s.a)) + ">" }

type Stringer interface{ String() string }

type rte interface{ RuntimeError() }

func classify(r interface{}) {
	switch v := r.(type) {
	case nil:
		fmt.Println("nil")
	case rte:
		fmt.Println("runtime error:", v)
		if e, ok := v.(error); ok {
			fmt.Println(" as error:", e.Error())
		}
	case *MyErr:
		fmt.Println("MyErr", v.code, v.msg, v)
	case ValErr:
		fmt.Println("ValErr", v.code, v)
	case error:
		fmt.Println("other error", v)
	case Stringer:
		fmt.Println("stringer", v)
	case int, int64:
		fmt.Println("int-ish", v)
	case string:
		fmt.Println("string", len(v), v)
	case []int:
		fmt.Println("slice", v)
	default:
		fmt.Println("default", v)
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Print(name, ": ")
		classify(r)
	}()
	f()
}

var m map[string]int
var arr [5]int

func main() {
	zero := 0
	idx := 7
	var p *Str
	var i interface{} = "str"
	var nilf func()
	try("div", func() { fmt.Println(10 / zero) })
	try("idx", func() { s := []int{1, 2}; fmt.Println(s[idx]) })
	try("arr", func() { fmt.Println(arr[idx%8]) })
	try("slice", func() { s := []int{1, 2}; fmt.Println(s[1:idx]) })
	try("slice3", func() { s := make([]int, 2, 4); fmt.Println(s[idx-5:1:idx]) })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { fmt.Println(p.a) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("assert2", func() { fmt.Println(i.(Stringer)) })
	try("nilfunc", func() { nilf() })
	try("myerr", func() { panic(&MyErr{3, "three"}) })
	try("valerr", func() { panic(ValErr{4}) })
	try("stringer", func() { panic(Str{1, 2}) })
	try("int", func() { panic(42) })
	try("int64", func() { panic(int64(43)) })
	try("string", func() { panic("hello") })
	try("slicev", func() { panic([]int{1, 2, 3}) })
	try("float", func() { panic(1.5) })
	try("none", func() {})
	try("conv", func() { s := make([]int, idx-5); _ = [3]int(s) })
	try("neg make", func() { n := -idx; _ = make([]int, n) })
	try("shift", func() { sh := -idx; fmt.Println(1 << sh) })
	try("str idx", func() { s := "abc"; fmt.Println(s[idx]) })
	try("repanic", func() {
		defer func() {
			r := recover()
			classify(r)
			panic("again")
		}()
		panic("first")
	})
	var e error
	try("nil iface method", func() { fmt.Println(e.Error()) })
	try("closed", func() {
		defer func() {
			if r := recover(); r != nil {
				err := r.(error)
				fmt.Println("got error value:", err)
				panic(err)
			}
		}()
		var a []Str
		_ = a[0]
	})
}
