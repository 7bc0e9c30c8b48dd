package main

import (
	"fmt"
	"math"
)

type P struct{ X, Y int }

func main() {
	m := map[float64]string{1: "one", -2: "neg"}
	m[math.NaN()] = "nan1"
	m[math.NaN()] = "nan2"
	fmt.Println(len(m))
	s := fmt.Sprint(m)
	fmt.Println(s == "map[NaN:nan1 NaN:nan2 -2:neg 1:one]" || s == "map[NaN:nan2 NaN:nan1 -2:neg 1:one]")
	pm := map[string]P{"b": {1, 2}, "a": {3, 4}}
	fmt.Printf("%v %+v\n", pm, pm)
	im := map[any]any{1: "x", "k": []int{1}, 2.5: nil}
	fmt.Println(im)
	var nm map[string]int
	fmt.Printf("%v %d\n", nm, map[int]int{3: 4, 1: 2})
}
