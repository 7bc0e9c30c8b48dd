package main

import "fmt"

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	r := NewMatrix(m.Rows, o.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < o.Cols; j++ {
			s := 0.0
			for k := 0; k < m.Cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

type Record struct {
	Key    string
	Vals   [4]int
	Tags   []string
	Nested struct2
}

type struct2 struct {
	Hist [3]int
	Name string
}

func main() {
	a := NewMatrix(2, 3)
	b := NewMatrix(3, 2)
	for i := 0; i < 6; i++ {
		a.Data[i] = float64(i + 1)
		b.Data[i] = float64(6 - i)
	}
	c := a.Mul(b)
	fmt.Println(c.Rows, c.Cols, c.Data)
	fmt.Println(*c)

	var r Record
	r.Key = "k"
	r.Vals[2] = 5
	r.Tags = append(r.Tags, "t1")
	r.Nested.Hist[1]++
	r.Nested.Name = "n"
	fmt.Println(r)

	r2 := r
	r2.Vals[0] = 1
	r2.Tags[0] = "changed" // shared
	r2.Tags = append(r2.Tags, "t2")
	r2.Nested.Hist[0] = 7
	fmt.Println(r)
	fmt.Println(r2)

	recs := make([]Record, 3)
	for i := range recs {
		recs[i].Key = "abc"[i : i+1]
		for j := range recs[i].Vals {
			recs[i].Vals[j] = i * j
		}
		recs[i].Nested.Hist[i] = 1
	}
	fmt.Println(recs)
}
