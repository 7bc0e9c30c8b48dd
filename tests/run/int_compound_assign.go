package main

import "fmt"

type Pt struct{ X, Y int16 }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 3
	x %= 7
	x <<= 3
	x >>= 1
	x |= 1
	x &= 0xd
	x ^= 0xff
	x &^= 0xf0
	fmt.Println(x)

	arr := [3]uint8{250, 5, 128}
	arr[0] += 10
	arr[1] -= 10
	arr[2] *= 2
	fmt.Println(arr)

	p := Pt{30000, -30000}
	p.X += 10000
	p.Y -= 10000
	fmt.Println(p)

	pp := &p
	pp.X *= 2
	pp.Y /= 2
	fmt.Println(*pp)

	s := []int32{1, 2, 3}
	for i := range s {
		s[i] <<= uint(i * 15)
		s[i]++
	}
	fmt.Println(s)

	// index expression evaluated once in op-assign
	idx := 0
	vals := []int{1, 1, 1}
	vals[bump(&idx)] += 10
	vals[bump(&idx)] *= 5
	fmt.Println(vals, idx)

	str := "a"
	str += "b"
	str += str
	fmt.Println(str)

	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)
}

func bump(p *int) int {
	*p = *p + 1
	return *p - 1
}
