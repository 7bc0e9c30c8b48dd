package main

import "fmt"

type P struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  P
	Tags [2]string
	On   bool
}

type Wrapper struct {
	Ptr *int
	N   int8
}

func main() {
	a := P{1, 2}
	b := P{1, 2}
	c := P{2, 1}
	fmt.Println(a == b, a == c, a != c)

	n1 := Named{"n", P{1, 2}, [2]string{"a", "b"}, true}
	n2 := Named{Name: "n", Pos: a, Tags: [2]string{"a", "b"}, On: true}
	fmt.Println(n1 == n2)
	n2.Tags[1] = "c"
	fmt.Println(n1 == n2)
	n2.Tags[1] = "b"
	n2.Pos.Y++
	fmt.Println(n1 == n2, n1.Pos == P{1, 2})

	x, y := 1, 1
	w1 := Wrapper{&x, 3}
	w2 := Wrapper{&y, 3}
	w3 := Wrapper{&x, 3}
	fmt.Println(w1 == w2, w1 == w3)

	var z1, z2 Named
	fmt.Println(z1 == z2, z1 == Named{})

	arr1 := [3]P{{1, 1}, {2, 2}, {3, 3}}
	arr2 := arr1
	fmt.Println(arr1 == arr2)
	arr2[2].X = 0
	fmt.Println(arr1 == arr2, arr1[0] == arr2[0])

	// comparisons in conditions
	count := 0
	ps := []P{{0, 0}, {1, 2}, {1, 2}, {2, 1}}
	for _, p := range ps {
		if p == a {
			count++
		}
	}
	fmt.Println("matches", count)
}
