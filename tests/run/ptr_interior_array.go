package main

import "fmt"

type Grid struct {
	Cells [4]int
	Tag   string
}

func setAll(p *[4]int, v int) {
	for i := 0; i < len(p); i++ {
		p[i] = v + i
	}
}

func incr(p *int) {
	*p = *p + 1
}

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	p2 := &a[2]
	p4 := &a[4]
	*p2 = -4
	*p4 += 100
	fmt.Println(a)

	for i := 0; i < len(a); i++ {
		incr(&a[i])
	}
	fmt.Println(a, *p2, *p4)

	var g Grid
	g.Tag = "g"
	setAll(&g.Cells, 10)
	pc := &g.Cells[1]
	*pc = 0
	fmt.Println(g)

	pa := &g.Cells
	pa[3] = 33
	fmt.Println(g.Cells, len(pa))

	// array copy is independent of pointers into the original
	b := a
	*p2 = 1000
	fmt.Println(a[2], b[2])

	// pointer to element of array of arrays
	var m [3][3]int
	pm := &m[1][2]
	*pm = 5
	row := &m[2]
	row[0] = 7
	fmt.Println(m)

	// a pointer to array element compared
	fmt.Println(&a[1] == &a[1], &a[1] == &a[2], p4 == &a[4])
}
