package main

import "fmt"

// fmt.Println(xs...) with xs []any must print the elements as separate
// operands ("1 a true"); gowgc prints the slice as one operand ("[1 a true]").
func main() {
	xs := []any{1, "a", true}
	fmt.Println(xs...)
	fmt.Print(xs...)
	fmt.Println()
}
