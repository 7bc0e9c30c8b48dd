package main

import "fmt"

type Color int

func (c Color) String() string { return "C" + string(rune('0'+int(c))) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return "pt" }

type holder struct {
	c     Color
	Pub   Color
	p     Pt
	Q     Pt
	Outer any
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type Both struct{}

func (Both) Error() string  { return "err wins" }
func (Both) String() string { return "string loses" }

func main() {
	h := holder{1, 2, Pt{}, Pt{}, Color(4)}
	fmt.Println(h)
	fmt.Println(&h == nil)
	fmt.Println([]any{Color(1), Pt{}, E{"e"}, nil, 5, "s"})
	fmt.Println(Both{})
	fmt.Println([]Both{{}, {}})
	var e error = E{"boom"}
	fmt.Println(e, []error{e, nil})
	fmt.Println(struct {
		A any
		b error
	}{nil, nil})
	var s interface{ String() string } = Pt{}
	fmt.Println(s)
	arr := [2]Pt{}
	fmt.Println(arr, [][]Color{{1}, {2, 3}})
}
