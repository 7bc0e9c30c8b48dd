package main

import "fmt"

func main() {
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{}
	mm["a"]["x"] = 1
	fmt.Println(mm)
	mm["b"]["y"] += 2
	fmt.Println("unreachable")
}
