package main

import "fmt"

func main() {
	mm := map[int]map[int]int{}
	for i := 0; i < 5; i++ {
		inner, ok := mm[i%3]
		if !ok {
			inner = make(map[int]int)
			mm[i%3] = inner
		}
		inner[i] = i * i
	}
	fmt.Println(mm)
	fmt.Println(len(mm), len(mm[0]), mm[1][4], mm[7][7])
	nested := map[string]map[string][]int{
		"a": {"x": {1, 2}, "y": nil},
		"b": {},
	}
	nested["b"]["z"] = append(nested["b"]["z"], 9)
	fmt.Println(nested)
	var deep map[string]map[string]map[string]int
	fmt.Println(deep["a"]["b"]["c"], deep)
	deep = map[string]map[string]map[string]int{"a": {"b": {"c": 1}}}
	deep["a"]["b"]["d"] = 2
	deep["a"]["e"] = map[string]int{}
	fmt.Println(deep)
	delete(deep["a"], "b")
	fmt.Println(deep, len(deep["a"]))
}
