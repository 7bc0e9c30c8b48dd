package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func sum(m [3][3]int) int {
	s := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			s += m[i][j]
		}
	}
	m[0][0] = 1000
	return s
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a)

	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j
		}
	}
	fmt.Println(sum(m), m[0][0])

	row := m[1]
	row[1] = -1
	fmt.Println(m[1], row)

	m2 := m
	m2[2][2] = 99
	fmt.Println(m[2], m2[2])

	// array equality
	fmt.Println(a == [4]int{2, 4, 6, 8}, m == m2, row == [3]int{3, -1, 5})

	// slice from array aliases it
	s := a[1:3]
	s[0] = 77
	fmt.Println(a, s)

	// array of strings
	names := [3]string{"x", "y", "z"}
	n2 := names
	n2[1] += "y"
	fmt.Println(names, n2, len(names))

	// swap array elements by tuple assignment
	a[0], a[3] = a[3], a[0]
	fmt.Println(a)
}
