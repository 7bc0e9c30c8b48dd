package main

import "fmt"

type K struct {
	a int
	b string
}

func delDefer() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	defer fmt.Println("after delete", m, len(m))
	defer delete(m, "b")
	k := "c"
	defer delete(m, k)
	k = "a"
	fmt.Println("before", m)
}

func copyDefer() {
	dst := make([]int, 3)
	src := []int{7, 8, 9, 10}
	defer func() { fmt.Println("dst", dst) }()
	defer copy(dst, src[1:])
	src[1] = 80
	src = []int{0}
}

func clearDefer() {
	m := map[K]int{{1, "x"}: 1, {2, "y"}: 2}
	s := []int{1, 2, 3}
	defer func() { fmt.Println("cleared", m, s) }()
	defer clear(m)
	defer clear(s[1:])
}

func printDefer() {
	defer println("println deferred", 1, true)
	defer print("print deferred ", 2, "\n")
}

func recoverDefer() {
	defer func() { fmt.Println("outer closure recovers:", recover()) }()
	defer recover()
	panic("direct recover deferred")
}

func panicDefer() (n int) {
	defer func() {
		r := recover()
		fmt.Println("panicDefer recovered", r, n)
		n = 99
	}()
	defer panic("deferred panic")
	n = 5
	return n + 1
}

func panicDefer2() {
	defer func() { fmt.Println("pd2", recover()) }()
	defer panic(K{3, "k"})
	panic("first")
}

func main() {
	delDefer()
	copyDefer()
	clearDefer()
	printDefer()
	recoverDefer()
	fmt.Println(panicDefer())
	panicDefer2()
}
