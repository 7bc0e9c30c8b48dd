package main

import "fmt"

type Vec [3]float64

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	s[0] = 100
	fmt.Println(a, s)
	b := [0]int(s[:0])
	fmt.Println(b, len(b))
	v := Vec([]float64{1.5, 2.5, 3.5})
	fmt.Println(v[0] + v[1] + v[2])
	var strs []string = []string{"x", "y"}
	c := [2]string(strs)
	c[1] = "z"
	fmt.Println(c, strs)
	fmt.Println([4]int(s[1:]))
	fmt.Println([4]int(s[2:]))
}
