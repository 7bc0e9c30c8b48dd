package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	res := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res
}

func (m *Matrix) Transpose() *Matrix {
	t := NewMatrix(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Print() {
	for i := 0; i < m.rows; i++ {
		fmt.Println(m.data[i*m.cols : (i+1)*m.cols])
	}
}

func identity(n int) [4][4]int {
	var id [4][4]int
	for i := 0; i < n; i++ {
		id[i][i] = 1
	}
	return id
}

func main() {
	a := NewMatrix(2, 3)
	b := NewMatrix(3, 2)
	for i := 0; i < 6; i++ {
		a.data[i] = float64(i + 1)
		b.data[i] = float64(6-i) / 2
	}
	a.Print()
	b.Print()
	c := a.Mul(b)
	c.Print()
	a.Transpose().Print()
	id := identity(3)
	fmt.Println(id)
	m := id
	m[3][3] = 7
	fmt.Println(id[3][3], m[3][3])
	var acc [4]int
	for _, row := range m {
		for j, v := range row {
			acc[j] += v
		}
	}
	fmt.Println(acc)
}
