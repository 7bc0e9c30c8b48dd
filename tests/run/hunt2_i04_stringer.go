package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "unknown"
}

type Pt struct{ X, Y int }

func (p *Pt) String() string {
	if p == nil {
		return "nilpt"
	}
	return "Pt!"
}

type Box struct {
	C  Color
	P  *Pt
	Cs []Color
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(&Pt{1, 2}, Pt{3, 4})
	b := Box{1, &Pt{}, []Color{1, 0}}
	fmt.Println(b)
	fmt.Println(&MyErr{3})
	var e error = &MyErr{4}
	fmt.Println(e)
	fmt.Println([]*Pt{{1, 1}})
	fmt.Print(Color(1), Color(0), "\n")
	fmt.Println([2]Color{1, 1})
}
