package main

import "fmt"

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 recovered", r, "and re-panics it")
		panic(r)
	}()
	panic("deep trouble")
}

func level1() {
	defer fmt.Println("level1 deferred print")
	level2()
	fmt.Println("not reached in level1")
}

func main() {
	level1()
	fmt.Println("not reached in main")
}
