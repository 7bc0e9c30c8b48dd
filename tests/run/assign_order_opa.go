package main

import "fmt"

var x = []int{1, 2, 3}
var arr [3]int
var p = &arr

func f() int { x[0] = 100; return 1 }
func g() int { arr[0] = 100; return 1 }
func h() int { x = []int{7, 7, 7}; return 1 }

type T struct{ a int }

var t = &T{}

func k() int { t.a = 50; return 1 }

func main() {
	x[0] += f()
	fmt.Println(x)
	p[0] += g()
	fmt.Println(arr)
	x[1] += h()
	fmt.Println(x)
	t.a += k()
	fmt.Println(*t)
	var m = map[string]int{"a": 1}
	mf := func() int { m["a"] = 40; return 1 }
	m["a"] += mf()
	fmt.Println(m)
	v := 1
	vf := func() int { v = 10; return 1 }
	v += vf()
	fmt.Println(v)
}
