package main

import "fmt"

type Meters int
type Feet int

func main() {
	var m Meters = 3
	var f Feet = 4
	m = f
	fmt.Println(m + f)
}
