package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Len() int { return len(l) }

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

// value receiver can modify elements (shared array) but not length
func (l IntList) ScaleAll(k int) {
	for i := range l {
		l[i] *= k
	}
}

func (l IntList) AppendLost(v int) {
	l = append(l, v)
	_ = l
}

func (l IntList) Max() (int, bool) {
	if len(l) == 0 {
		return 0, false
	}
	m := l[0]
	for _, v := range l[1:] {
		if v > m {
			m = v
		}
	}
	return m, true
}

type Matrix [][]int

func (m Matrix) Transpose() Matrix {
	t := make(Matrix, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	var l IntList
	fmt.Println(l.Len(), l.Sum(), l == nil)
	mx, ok := l.Max()
	fmt.Println(mx, ok)
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Len(), l.Sum())
	l.ScaleAll(2)
	l.AppendLost(1000)
	fmt.Println(l, len(l))
	fmt.Println(l.Pop(), l.Pop(), l)
	mx, ok = l.Max()
	fmt.Println(mx, ok)

	plain := []int{3, 9, 1}
	fmt.Println(IntList(plain).Sum())
	IntList(plain).ScaleAll(-1)
	fmt.Println(plain)

	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(m.Transpose(), m.Transpose().Transpose())

	// method on a slice-typed struct field
	type2 := Holder{L: IntList{1, 2}}
	type2.L.Push(3)
	fmt.Println(type2.L.Sum(), type2)
}

type Holder struct {
	L IntList
}
