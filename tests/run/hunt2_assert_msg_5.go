package main

import "fmt"

func main() {
	var x any = any(nil)
	_, ok := x.(*int)
	fmt.Println(ok)
	_ = x.(*int)
}
