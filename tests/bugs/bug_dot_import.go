package main

import . "fmt"

func main() {
	Println("hello", Sprint(42))
}
