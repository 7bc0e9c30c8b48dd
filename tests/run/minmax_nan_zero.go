package main

import "fmt"

func main() {
	z := 0.0
	nan := z / z
	fmt.Println(max(1, nan), max(nan, 1), min(1, nan), min(nan, 1))
	fmt.Println(max(-z, z), max(z, -z), min(z, -z), min(-z, z))
}
