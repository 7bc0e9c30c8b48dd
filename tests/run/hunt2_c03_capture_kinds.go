package main

import "fmt"

type P struct {
	X, Y int
}

func named() (r int) {
	set := func(v int) { r = v }
	set(42)
	r++
	return
}

func param(n int) func() int {
	return func() int { n *= 2; return n }
}

func main() {
	p := P{1, 2}
	f := func() { p.X += 10 }
	f()
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	g := func(i int) { arr[i] = arr[i] * 100 }
	g(1)
	fmt.Println(arr)
	copyArr := arr
	h := func() [3]int { return copyArr }
	copyArr[0] = 9
	fmt.Println(h(), arr)
	fmt.Println(named())
	d := param(3)
	fmt.Println(d(), d(), d())
	ps := &p
	k := func() { ps.Y = -1 }
	k()
	fmt.Println(p, *ps)
	s := []int{1, 2}
	app := func(v int) { s = append(s, v) }
	app(3)
	app(4)
	fmt.Println(s, len(s))
	str := "hi"
	cat := func() { str += "!" }
	cat()
	cat()
	fmt.Println(str)
}
