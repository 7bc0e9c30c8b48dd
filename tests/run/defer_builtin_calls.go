package main

import "fmt"

func builtins() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	cl := map[int]bool{1: true, 2: true}
	sl := []int{1, 2, 3}
	defer func() { fmt.Println("closure view at the end:", len(m), m["a"], m["b"], dst, len(cl), sl) }()
	defer fmt.Println("args captured at defer (dst shares storage):", len(m), m["a"], m["b"], dst)
	defer delete(m, "a")
	defer copy(dst, src)
	defer fmt.Println("cl len in final defer", len(cl))
	defer clear(cl)
	defer fmt.Println("cleared slice", sl)
	defer clear(sl[1:])
	src[0] = 70
	fmt.Println("builtins body", len(m), dst, len(cl))
}

func printers() {
	x := 5
	defer fmt.Println("fmt.Println deferred, x was", x)
	defer fmt.Print("fmt.Print deferred ", x, "\n")
	defer fmt.Print("a", "b", 1, 2, "c", "\n")
	defer println("println to stderr, x was", x)
	defer print("print to stderr ", x, "\n")
	x = 6
	fmt.Println("printers body x =", x)
}

type T struct{ s string }

func (t T) String() string { return "T(" + t.s + ")" }

func stringers() {
	t := T{"old"}
	defer fmt.Println("stringer copied:", t)
	p := &T{"ptr-old"}
	defer fmt.Println("stringer via pointer:", p)
	t.s = "new"
	p.s = "ptr-new"
}

func main() {
	builtins()
	printers()
	stringers()
	fmt.Println("main end")
}
