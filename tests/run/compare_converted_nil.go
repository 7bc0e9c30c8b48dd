package main

import "fmt"

func main() {
	fmt.Println(nil == interface{}(nil), interface{}(nil) == nil, (*int)(nil) == nil, nil == []int(nil))
	var e error
	fmt.Println(e == error(nil), error(nil) == nil, error(nil) != nil)
	five := 5
	fmt.Println(interface{}(nil) == (*int)(nil), interface{}(nil) == &five, interface{}((*int)(nil)) == (*int)(nil))
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i == (*int)(nil), i == interface{}(nil))
	fmt.Println(interface{}(nil))
}
