package main

import "fmt"

type P struct {
	A [6]int
	S string
}

func main() {
	var a, b [10]int
	fmt.Println(a == b, a != b)
	b[9] = 1
	fmt.Println(a == b, a != b)
	x := [5][6]string{}
	y := x
	fmt.Println(x == y)
	y[4][5] = "z"
	fmt.Println(x == y, x != y)
	p, q := P{S: "a"}, P{S: "a"}
	fmt.Println(p == q)
	q.A[5] = 2
	fmt.Println(p == q)
	var e0 [0]int
	fmt.Println(e0 == [0]int{})
	m := map[[6]byte]int{{1}: 1}
	m[[6]byte{1}]++
	fmt.Println(m)
	var i1, i2 any = [7]float64{1, 2}, [7]float64{1, 2}
	fmt.Println(i1 == i2)
}
