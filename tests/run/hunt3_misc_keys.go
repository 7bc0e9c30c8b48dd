package main

import "fmt"

type Point struct{ X, Y int }
type Name string
type E struct {
	Point
	N Name
}

func main() {
	fmt.Println(map[bool]string{true: "t", false: "f"})
	zero := 0.0
	fmt.Println(map[float64]int{zero / zero: 1, -1 / zero: 2, 1 / zero: 3, 0: 4, -5: 5})
	fmt.Println(map[Name]int{"b": 1, "a": 2})
	fmt.Println(map[struct{}]int{{}: 5})
	type sv struct{}
	ms := map[int]sv{1: {}, 2: {}}
	fmt.Println(ms, len(ms))
	big := map[int][64]int{}
	x := big[3]
	x[63] = 7
	big[3] = x
	fmt.Println(big[3][63], big[4][63])
	fm := map[string]func() int{"a": nil}
	fmt.Println(fm["a"] == nil, fm["b"] == nil)
	m := map[string]int{"a": 1}
	delete(m, "zz")
	fmt.Println(m, m != nil)
	var i1, i2 any = 1, "s"
	_ = i1
	_ = i2
	coll := map[int]int{}
	for i := 0; i < 50000; i++ {
		coll[i<<20] = i
	}
	fmt.Println(len(coll), coll[49999<<20])
	coll2 := map[uint64]int{}
	for i := uint64(0); i < 50000; i++ {
		coll2[i<<40] = int(i)
	}
	fmt.Println(len(coll2))
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3, -1: 4})
	fmt.Println(map[uint64]int{1 << 63: 1, 1: 2})
}
