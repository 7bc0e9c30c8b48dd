package main

import "fmt"

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type node struct {
	val  int
	next *node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if e, ok := r.(error); ok {
			fmt.Println("  as error:", e.Error())
		} else {
			fmt.Println("  not an error, nil:", r == nil)
		}
	}()
	f()
	fmt.Println(name + ": completed without panic")
}

var sink int

func main() {
	xs := []int{1, 2, 3}
	arr := [4]int{}
	s := "hey"
	n := 5
	neg := -2
	zero := 0
	var m map[string]int
	var np *node
	var sh Shape = Sq{2}
	var any1 any = "text"
	var nilIface Shape

	try("index", func() { sink = xs[n] })
	try("index negative", func() { sink = xs[neg] })
	try("array index", func() { sink = arr[n] })
	try("string index", func() { sink = int(s[n]) })
	try("slice hi > cap", func() { sink = len(xs[1:n]) })
	try("slice lo > hi", func() { lo := 3; hi := 2; sink = len(xs[lo:hi]) })
	try("slice3", func() { sink = len(xs[0:2:n]) })
	try("string slice", func() { sink = len(s[2:n]) })
	try("nil map read is fine", func() { sink = m["a"] })
	try("nil map write", func() { m["a"] = 1 })
	try("divide by zero", func() { sink = n / zero })
	try("modulo by zero", func() { sink = n % zero })
	try("nil pointer field", func() { sink = np.val })
	try("nil pointer write", func() { np.next = nil })
	try("concrete assertion", func() { sink = any1.(int) })
	try("concrete assertion from iface", func() { _ = sh.(*Sq) })
	try("interface assertion", func() { _ = sh.(Named) })
	try("assertion on nil iface", func() { _ = nilIface.(Sq) })
	try("nil iface to iface", func() { _ = nilIface.(Named) })
	try("nil iface method", func() { sink = nilIface.Area() })
	try("negative shift", func() { sink = 1 << neg })
	try("makeslice len", func() { sink = len(make([]int, neg)) })
	try("makeslice cap", func() { sink = cap(make([]int, 3, 1+zero)) })
	try("no panic", func() { sink = xs[2] })
	try("array pointer nil", func() { var p *[3]int; sink = p[1] })
	try("conversion slice to array", func() { sink = [4]int(xs)[0] })
	fmt.Println("sink", sink)
}
