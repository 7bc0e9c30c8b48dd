package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	a := make([]int, 5)
	b := make([]int, 2, 10)
	c := make([]string, 3)
	d := make([]P, 2)
	e := make([]bool, 0, 4)
	f := make([][]int, 2)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c), c[1] == "")
	fmt.Println(d, len(d))
	fmt.Println(e, len(e), cap(e), e == nil)
	fmt.Println(f, f[0] == nil)

	n := 7
	g := make([]int64, n, n*2)
	for i := range g {
		g[i] = int64(i) << 40
	}
	fmt.Println(g[6], len(g), cap(g))
	g = g[:cap(g)]
	fmt.Println(len(g), g[13])

	// byte slices from make are zeroed
	bs := make([]byte, 8)
	sum := 0
	for _, x := range bs {
		sum += int(x)
	}
	fmt.Println(sum, len(bs))

	// make with zero length
	z := make([]int, 0)
	fmt.Println(z == nil, len(z), cap(z))
	z = append(z, 1)
	fmt.Println(z)

	// uint8/int16 element types
	u := make([]uint8, 3, 5)
	u[0] = 255
	u[0]++
	u = append(u, 200, 100)
	fmt.Println(u, len(u), cap(u))
	h := make([]int16, 4)
	h[3] = -32768
	h[3]--
	fmt.Println(h)
}
