package main

import "fmt"

func f() (r int) {
	defer func() {
		fmt.Println("earliest defer: r =", r, "recover =", recover())
		panic("late panic after an earlier recovery")
	}()
	defer func() {
		fmt.Println("recovering:", recover())
		r = 9
	}()
	panic("early")
}

func main() {
	fmt.Println("calling f")
	v := f()
	fmt.Println("f returned", v)
}
