// matmul: dense matrix multiplication on [][]float64 (naive i-k-j order and
// a blocked version), plus an integer matrix power on flat []int64 storage.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Matrix [][]float64

func newMatrix(n, m int) Matrix {
	a := make(Matrix, n)
	for i := range a {
		a[i] = make([]float64, m)
	}
	return a
}

func (a Matrix) mul(b Matrix) Matrix {
	n, m, p := len(a), len(b), len(b[0])
	c := newMatrix(n, p)
	for i := 0; i < n; i++ {
		ci := c[i]
		for k := 0; k < m; k++ {
			aik := a[i][k]
			bk := b[k]
			for j := 0; j < p; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func (a Matrix) mulBlocked(b Matrix, bs int) Matrix {
	n := len(a)
	c := newMatrix(n, n)
	for ii := 0; ii < n; ii += bs {
		for kk := 0; kk < n; kk += bs {
			for jj := 0; jj < n; jj += bs {
				for i := ii; i < ii+bs && i < n; i++ {
					for k := kk; k < kk+bs && k < n; k++ {
						aik := a[i][k]
						for j := jj; j < jj+bs && j < n; j++ {
							c[i][j] += aik * b[k][j]
						}
					}
				}
			}
		}
	}
	return c
}

type IntMat struct {
	n int
	d []int64
}

const mod = 1000000007

func (a *IntMat) at(i, j int) *int64 { return &a.d[i*a.n+j] }

func (a *IntMat) mul(b *IntMat) *IntMat {
	c := &IntMat{a.n, make([]int64, a.n*a.n)}
	for i := 0; i < a.n; i++ {
		for k := 0; k < a.n; k++ {
			x := *a.at(i, k)
			for j := 0; j < a.n; j++ {
				p := c.at(i, j)
				*p = (*p + x**b.at(k, j)) % mod
			}
		}
	}
	return c
}

func main() {
	n := 400
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	a := newMatrix(n, n)
	b := newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = float64((i*7+j*3)%17) / 4
			b[i][j] = float64((i*5+j*11)%13) / 8
		}
	}
	c := a.mul(b)
	d := a.mulBlocked(b, 32)
	e := c.mul(a)
	var trace, sum, diff float64
	for i := 0; i < n; i++ {
		trace += e[i][i]
		for j := 0; j < n; j++ {
			sum += c[i][j]
			diff += c[i][j] - d[i][j]
		}
	}
	fmt.Printf("sum %.3f trace %.3f diff %g\n", sum, trace, diff)
	fmt.Printf("c[1][2]=%.4f e[n-1][n-1]=%.4f\n", c[1][2], e[n-1][n-1])

	m := n / 4
	im := &IntMat{m, make([]int64, m*m)}
	for i := 0; i < m; i++ {
		for j := 0; j < m; j++ {
			*im.at(i, j) = int64((i + 2*j + 1) % 5)
		}
	}
	r := &IntMat{m, make([]int64, m*m)}
	for i := 0; i < m; i++ {
		*r.at(i, i) = 1
	}
	// r = im^37 by repeated squaring.
	base := im
	for e := 37; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = r.mul(base)
		}
		base = base.mul(base)
	}
	var s int64
	for _, x := range r.d {
		s = (s*31 + x) % mod
	}
	fmt.Println("intmat", m, *r.at(0, 0), *r.at(m-1, m-1), s)
}
