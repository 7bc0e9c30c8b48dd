package main

import "fmt"

type F func(string) int

type T struct{ v int }

func (t T) Val(tag string)   { fmt.Println("Val", tag, t.v) }
func (t *T) Ptr(tag string)  { fmt.Println("Ptr", tag, t.v) }
func (t T) Get() func(int)   { return func(x int) { fmt.Println("Get()", t.v, x) } }

func mk(tag string) func(int) {
	fmt.Println("mk evaluated", tag)
	return func(x int) { fmt.Println("mk result called", tag, x) }
}

func arg(n int) int {
	fmt.Println("arg evaluated", n)
	return n
}

func main() {
	func() {
		defer (fmt.Println)("parenthesized builtin-ish")
		defer (mk)("paren")(arg(1))
		defer mk("chain")(arg(2))
		g := func(s string) int { fmt.Println("g", s); return len(s) }
		defer F(g)("converted")
		defer (F(g))("converted2")
		fmt.Println("body end")
	}()
	func() {
		ts := []T{{1}, {2}}
		m := map[string]T{"a": {10}}
		arr := [2]func(int){mk("a0"), mk("a1")}
		defer ts[0].Val("slice val")
		defer ts[1].Ptr("slice ptr")
		defer m["a"].Val("map val")
		defer arr[1](arg(3))
		defer ts[0].Get()(arg(4))
		i := 0
		defer ts[i].Ptr("index i")
		i = 1
		ts[0].v, ts[1].v = 100, 200
		m["a"] = T{1000}
		arr[1] = nil
		ts = append(ts, T{3})
		ts[0].v = -1
		fmt.Println("body2 end", ts)
	}()
	func() {
		p := &T{5}
		defer p.Val("ptr->val")
		defer (*p).Ptr("deref->ptr")
		pp := &p
		defer (*pp).Ptr("double")
		p.v = 6
		*pp = &T{7}
	}()
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		var arr [2]func(int)
		defer arr[0](arg(5))
		fmt.Println("nil array func deferred")
	}()
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		var m map[string]F
		defer m["missing"]("x")
		fmt.Println("nil map func deferred")
	}()
}
