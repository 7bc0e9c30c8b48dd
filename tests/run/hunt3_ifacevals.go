package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }
type Rect struct{ w, h float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (r *Rect) Area() float64 { return r.w * r.h }

func main() {
	shapes := map[string]Shape{
		"sq":   Sq{2},
		"rect": &Rect{2, 3},
	}
	shapes["big"] = Sq{10}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, len(shapes))
	if s, ok := shapes["rect"].(*Rect); ok {
		s.w = 100
	}
	fmt.Println(shapes["rect"].Area())
	fmt.Println(shapes["none"] == nil)
	anyv := map[int]any{}
	anyv[1] = 1
	anyv[2] = "two"
	anyv[3] = []int{3}
	anyv[4] = map[string]int{"four": 4}
	for i := 1; i <= 5; i++ {
		switch v := anyv[i].(type) {
		case int:
			fmt.Println("int", v)
		case string:
			fmt.Println("string", v)
		case []int:
			fmt.Println("slice", v)
		case map[string]int:
			fmt.Println("map", v, v["four"])
		case nil:
			fmt.Println("nil")
		}
	}
	var e any = map[int]int{1: 2}
	m := e.(map[int]int)
	m[3] = 4
	fmt.Println(e)
}
