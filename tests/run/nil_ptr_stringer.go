package main

import "fmt"

// fmt calls String() on a nil pointer whose method handles nil;
// gowgc prints "<nil>" instead.
type Pt struct{ X int }

func (p *Pt) String() string {
	if p == nil {
		return "nilpt"
	}
	return "Pt!"
}

type E struct{}

func (e *E) Error() string { return "E error" }

func main() {
	var p *Pt
	fmt.Println(p)
	fmt.Println([]*Pt{nil, {1}})
	var e *E
	fmt.Println(e)
}
