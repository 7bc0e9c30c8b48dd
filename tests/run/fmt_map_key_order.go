package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }
type K struct {
	B bool
	F float64
	S string
	A [2]int8
}

func main() {
	fmt.Println(map[Point]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3, {-1, 5}: 4})
	fmt.Println(map[[2]int]string{{2, 1}: "a", {1, 2}: "b", {1, 1}: "c"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]int{math.NaN(): 1, 2: 2, math.Copysign(0, -1): 6, -1: 3, math.Inf(-1): 4})
	fmt.Println(map[K]int{{true, 1, "a", [2]int8{1, 2}}: 1, {false, 2, "b", [2]int8{0, 0}}: 2, {true, 1, "a", [2]int8{0, 9}}: 3, {true, math.NaN(), "z", [2]int8{}}: 4})
}
