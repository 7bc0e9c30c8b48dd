package main

import "fmt"

type Big struct {
	data [256]int
	name string
}

func fill(b Big, v int) Big {
	for i := range b.data {
		b.data[i] = v * i
	}
	b.name = "filled"
	return b
}

func sumArr(a [1000]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	var a [1000]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[999] = 0
	fmt.Println(sumArr(a), sumArr(b))
	var x Big
	y := fill(x, 3)
	fmt.Println(x.data[255], y.data[255], x.name == "", y.name)
	bigs := make([]Big, 3)
	bigs[1] = y
	bigs[2].data[10] = 1
	cp := bigs[1]
	cp.data[0] = -5
	fmt.Println(bigs[1].data[0], cp.data[0], bigs[2].data[10], bigs[1].data[100])
	ptr := &bigs[1].data
	ptr[1] = 77
	fmt.Println(bigs[1].data[:3])
	var matrix [50][50]float64
	for i := range matrix {
		for j := range matrix[i] {
			matrix[i][j] = float64(i) - float64(j)/2
		}
	}
	m2 := matrix
	m2[49][49] = 0
	fmt.Println(matrix[49][49], m2[49][49], matrix[10][20])
}
