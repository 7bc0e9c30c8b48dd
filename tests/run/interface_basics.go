package main

import (
	"fmt"
	"os"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) String() string { return itoa(int(c*10)) + "dC" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + itoa(e.Code) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + itoa(v)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	var s Shape = Rect{1, 1}
	r, ok := s.(Rect)
	fmt.Println(r, ok, r.W)
	_, ok = s.(*Circle)
	fmt.Println(ok)
	fmt.Println(describe(42), describe("hi"), describe(nil), describe(Rect{}), describe(find(7)), describe(1.5))
	err := find(3)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(find(0) == nil)
	var c Celsius = 21.5
	fmt.Println(c)
	var x any = c
	fmt.Println(x, []any{1, "a", true, nil, Rect{1, 2}})
	if e, ok := err.(*MyErr); ok {
		fmt.Println(e.Code)
	}
	var y any = "str"
	n := y.(int)
	fmt.Println(n)
	os.Exit(0)
}
