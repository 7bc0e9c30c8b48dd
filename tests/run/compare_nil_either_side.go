package main

import "fmt"

var a = []int{1, 2, 3}
var none []int

type T struct{}

func main() {
	var p *int
	var m map[string]int
	var f func()
	var e error
	var i interface{} = 0
	fmt.Println(a == nil, nil == a, none == nil, nil == none, a != nil, nil != a)
	fmt.Println(nil == p, p == nil, nil != m, m == nil, nil == f, nil == e, nil == i, i != nil)
	q := &T{}
	fmt.Println(nil == q, q != nil)
}
