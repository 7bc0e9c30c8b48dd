package main

import "fmt"

type Vec3 [3]int

func (v Vec3) Dot(o Vec3) int {
	return v[0]*o[0] + v[1]*o[1] + v[2]*o[2]
}

func (v Vec3) Cross(o Vec3) Vec3 {
	return Vec3{
		v[1]*o[2] - v[2]*o[1],
		v[2]*o[0] - v[0]*o[2],
		v[0]*o[1] - v[1]*o[0],
	}
}

func (v *Vec3) Neg() {
	for i := range v {
		v[i] = -v[i]
	}
}

// value receiver works on a copy
func (v Vec3) NegCopy() Vec3 {
	for i := range v {
		v[i] = -v[i]
	}
	return v
}

type Board [3][3]byte

func (b *Board) Place(r, c int, who byte) { b[r][c] = who }

func (b Board) Winner() byte {
	for i := 0; i < 3; i++ {
		if b[i][0] != 0 && b[i][0] == b[i][1] && b[i][1] == b[i][2] {
			return b[i][0]
		}
		if b[0][i] != 0 && b[0][i] == b[1][i] && b[1][i] == b[2][i] {
			return b[0][i]
		}
	}
	if b[1][1] != 0 && ((b[0][0] == b[1][1] && b[1][1] == b[2][2]) || (b[0][2] == b[1][1] && b[1][1] == b[2][0])) {
		return b[1][1]
	}
	return 0
}

func (b Board) Render() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				s += "."
			} else {
				s += string([]byte{c})
			}
		}
		s += "/"
	}
	return s
}

func main() {
	x := Vec3{1, 0, 0}
	y := Vec3{0, 1, 0}
	fmt.Println(x.Dot(y), x.Cross(y), y.Cross(x))
	z := x.Cross(y)
	n := z.NegCopy()
	fmt.Println(z, n)
	z.Neg()
	fmt.Println(z, z == n)

	var b Board
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'O'}, {1, 0, 'X'}, {1, 2, 'O'}, {2, 2, 'X'}, {0, 1, 'O'}, {2, 1, 'X'}}
	for i, m := range moves {
		b.Place(m[0], m[1], byte(m[2]))
		w := b.Winner()
		if w != 0 {
			fmt.Println("move", i, "winner", string([]byte{w}))
		}
	}
	fmt.Println(b.Render(), b.Winner())
	c := b
	c.Place(0, 0, 'X')
	c.Place(0, 1, 'X')
	fmt.Println(c.Render(), c.Winner(), b.Render())
}
