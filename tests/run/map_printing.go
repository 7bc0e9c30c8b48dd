package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	n := map[int][]string{3: {"c"}, 1: {"a", "b"}, 2: nil}
	fmt.Println(n, len(n))
	var e map[string]bool
	fmt.Println(e, map[float64]bool{2.5: true, -1: false})
	fmt.Println(map[string]P{"p": {1, 2}}, []map[int]int{{1: 1}, {}})
}
