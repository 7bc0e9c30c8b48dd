package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Box struct {
	Min, Max P
	Tags     [2]string
	F        float64
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	x := Box{a, c, [2]string{"t", "u"}, 0.5}
	y := x
	fmt.Println(x == y)
	y.Tags[1] = "v"
	fmt.Println(x == y, x.Tags, y.Tags)
	y = x
	y.Max.Name = "z"
	fmt.Println(x == y, x.Max.Name)
	z := 0.0
	n1 := Box{F: z / z}
	n2 := n1
	fmt.Println(n1 == n2)
	m1 := Box{F: 0.0}
	m2 := Box{F: -z}
	fmt.Println(m1 == m2)
	arr1 := [3]P{{1, 1, ""}}
	arr2 := [3]P{{1, 1, ""}}
	fmt.Println(arr1 == arr2)
	arr2[2].Y = 1
	fmt.Println(arr1 == arr2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb, pa == &a)
	type E struct{}
	fmt.Println(E{} == E{})
}
