package main

import "fmt"

func f(n int) {
	defer func() {
		if n%2 == 0 {
			r := recover()
			fmt.Println("level", n, "recovered", r)
			panic(r)
		}
	}()
	if n == 0 {
		panic("base")
	}
	f(n - 1)
}

func main() {
	f(4)
}
