package main

import "fmt"

func square(x int) int { return x * x }

type Celsius float64

func show(c Celsius) { fmt.Println(c) }

func main() {
	fmt.Println(square("3"))
	var f float64 = 2.5
	show(f)
}
