package main

import "fmt"

type S struct {
	L []int
}

func count(s []int) int { return len(s) }

func main() {
	var a []int
	fmt.Println(a == nil, len(a), cap(a), a)
	fmt.Println(count(a), count(nil))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a == nil, a)

	var s S
	fmt.Println(s.L == nil, s)
	s.L = append(s.L, 5, 6)
	fmt.Println(s)

	b := a[:0]
	fmt.Println(b == nil, len(b))

	var c []int
	c = c[:0]
	fmt.Println(c == nil)
	c = c[0:0:0]
	fmt.Println(c == nil, len(c))

	empty := []int{}
	fmt.Println(empty == nil, len(empty), empty)

	var ss [][]string
	ss = append(ss, nil)
	ss = append(ss, []string{"x"})
	fmt.Println(len(ss), ss[0] == nil, ss)

	// append nothing to nil stays nil
	var d []int
	d = append(d)
	fmt.Println(d == nil)
	d = append(d, a...)
	fmt.Println(d == nil, d)

	var bs []byte
	str := string(bs)
	fmt.Println(str == "", len(str))
}
