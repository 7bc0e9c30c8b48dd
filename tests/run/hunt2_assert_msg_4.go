package main

import "fmt"

func main() {
	var x any = [2]string{}
	_, ok := x.([]string)
	fmt.Println(ok)
	_ = x.([]string)
}
