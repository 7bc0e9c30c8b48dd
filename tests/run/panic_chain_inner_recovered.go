package main

import "fmt"

func cleanup(tag string) {
	defer func() {
		fmt.Println(tag, "cleanup recovered its own panic:", recover())
	}()
	panic(tag + " cleanup failure")
}

func main() {
	defer fmt.Println("main deferred print")
	defer cleanup("second")
	defer cleanup("first")
	panic("the real problem")
}
