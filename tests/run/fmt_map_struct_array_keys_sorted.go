package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	// fmt sorts struct keys field by field and array keys element by element.
	fmt.Println(map[Point]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3, {-1, 5}: 4})
	fmt.Println(map[[2]int]string{{2, 1}: "a", {1, 2}: "b", {1, 1}: "c"})
}
