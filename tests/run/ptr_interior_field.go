package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

func bump(p *int, by int) {
	*p += by
}

func main() {
	s := Point{X: 1, Y: 2, Name: "a"}
	px := &s.X
	py := &s.Y
	*px = 10
	*py = *px * 3
	fmt.Println(s)

	bump(&s.X, 5)
	bump(py, -1)
	fmt.Println(s.X, s.Y, *px, *py)

	pn := &s.Name
	*pn += "bc"
	fmt.Println(s.Name, len(*pn))

	// pointers into a heap struct
	h := &Point{X: 7, Y: 8}
	hx := &h.X
	h.X++
	*hx *= 2
	fmt.Println(h.X, *hx, *h)

	// copying the struct does not carry the pointer along
	c := s
	*px = 99
	fmt.Println(s.X, c.X)

	// two pointers to the same field are equal, to different fields are not
	fmt.Println(px == &s.X, px == py, &c.X == &s.X)

	// interior pointer keeps working after the struct variable is reassigned
	s = Point{X: -1, Y: -2, Name: "z"}
	fmt.Println(*px, *py, *pn)
	*py = 42
	fmt.Println(s)
}
