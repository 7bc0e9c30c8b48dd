package main

import "fmt"

type Mat [4][4]int64

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			var s int64
			for k := 0; k < 4; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func identity() Mat {
	var m Mat
	for i := range m {
		m[i][i] = 1
	}
	return m
}

func pow(m Mat, n int) Mat {
	r := identity()
	for n > 0 {
		if n&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		n >>= 1
	}
	return r
}

func transpose(m *Mat) {
	for i := 0; i < 4; i++ {
		for j := i + 1; j < 4; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func main() {
	var a Mat
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			a[i][j] = int64(i*4 + j)
		}
	}
	fmt.Println(mul(a, identity()) == a)
	fmt.Println(mul(a, a))
	b := a
	transpose(&b)
	fmt.Println(b[0], b[3], a[0])

	// fibonacci via matrix power (wraps in int64 for large n)
	var f Mat
	f[0][0], f[0][1], f[1][0] = 1, 1, 1
	for _, n := range []int{10, 50, 90, 100} {
		fmt.Print(pow(f, n)[0][1], " ")
	}
	fmt.Println()
}
