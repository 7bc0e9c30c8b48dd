package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l *IntList) Add(v int) { *l = append(*l, v) }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Board [3][3]byte

func (b *Board) Place(r, c int, ch byte) bool {
	if b[r][c] != 0 {
		return false
	}
	b[r][c] = ch
	return true
}

func (b Board) Winner() byte {
	for i := 0; i < 3; i++ {
		if b[i][0] != 0 && b[i][0] == b[i][1] && b[i][1] == b[i][2] {
			return b[i][0]
		}
		if b[0][i] != 0 && b[0][i] == b[1][i] && b[1][i] == b[2][i] {
			return b[0][i]
		}
	}
	if b[1][1] != 0 && (b[0][0] == b[1][1] && b[1][1] == b[2][2] || b[0][2] == b[1][1] && b[1][1] == b[2][0]) {
		return b[1][1]
	}
	return '-'
}

func main() {
	type pair struct {
		k string
		v int
	}
	type pairs []pair
	ps := pairs{{"a", 1}, {"b", 2}}
	ps = append(ps, pair{"c", 3})
	fmt.Println(ps, len(ps))
	fmt.Println(Celsius(100).ToF(), Fahrenheit(-40).ToC(), Celsius(37).ToF().ToC())
	var l IntList
	for i := 1; i <= 4; i++ {
		l.Add(i * i)
	}
	fmt.Println(l, l.Sum(), IntList{5, 5}.Sum())
	var b Board
	moves := [][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}}
	for i, m := range moves {
		ch := byte('X')
		if i%2 == 1 {
			ch = 'O'
		}
		b.Place(m[0], m[1], ch)
	}
	fmt.Println(string(b.Winner()), b.Place(0, 0, 'O'))
	for _, row := range b {
		fmt.Println(row)
	}
	{
		type pair int
		var p pair = 5
		fmt.Println(p * 2)
	}
	type Temp = Celsius
	var t Temp = 20
	fmt.Println(t.ToF())
}
