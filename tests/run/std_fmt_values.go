// fmt's printing of composite values: structs, pointers at the top level,
// slices, arrays, maps (with sorted keys), nested values and %v, %+v, %#v,
// %T, plus named types with String and Error methods.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Point struct{ X, Y int }

type Inner struct {
	A int
	b string
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	In    Inner
	P     *Point
	E     error
	Any   any
	f     float64
	Inner
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Ptr struct{ N int }

func (p *Ptr) String() string {
	if p == nil {
		return "Ptr(nil)"
	}
	return fmt.Sprintf("Ptr(%d)", p.N)
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type hidden struct{ v int }

func (h hidden) String() string { return "HIDDEN" }

type Wrapper struct {
	Shown  hidden
	secret hidden
	L      []Celsius
	l      []Celsius
}

type Key struct {
	A int
	B string
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Bytes []byte
type Str string
type Num int

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	fmt.Printf("%d|%x|%5v|%-8v|%s\n", p, p, p, p, p)

	n := Named{Name: "n", Tags: []string{"a", "b c"}, Attrs: map[string]int{"z": 26, "a": 1, "m": 13},
		In: Inner{1, "x"}, E: Code(7), Any: 2.5, f: 0.5, Inner: Inner{9, "emb"}}
	fmt.Printf("%v\n%+v\n", n, n)
	var zero Named
	fmt.Printf("%v\n%+v\n", zero, zero)
	fmt.Printf("%#v\n", Inner{3, "q"})
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]bool(nil), (*Point)(nil))
	fmt.Printf("%#v %#v %#v %#v\n", []any{1, "a", nil, 2.5, true}, [2]bool{}, struct{}{}, [0]int{})
	fmt.Printf("%#v %#v %#v %#v\n", Num(3), Str("s"), Celsius(1), uint8(7))
	fmt.Printf("%#v\n", struct {
		A int
		B []string
	}{1, []string{"x"}})

	t := &Tree{Left: &Tree{Val: 1}, Val: 2}
	fmt.Printf("%v %+v\n", *t.Left, *t.Left)

	// Slices, arrays, nested.
	fmt.Println([]int{1, 2, 3}, []int(nil), []int{}, [3]int{}, [][]int{{1}, {2, 3}, nil})
	fmt.Println([]string{"a", "", "b c"}, []any{1, "a", nil, []int{2}}, []error{nil, Code(1)})
	fmt.Printf("%v %d %x %X %o %q\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{65, 66})
	fmt.Printf("%6.2f|%-5d|%05d\n", []float64{1, 2.345}, []int{1, 2}, [2]int{3, 4})
	fmt.Printf("%q %x %s\n", []string{"a", "b"}, []string{"hi", "yo"}, []string{"s"})
	fmt.Printf("%s|%v|%q|%x|% X|%d\n", []byte("hey"), []byte("hey"), []byte("hey"), []byte("hey"), []byte("hey"), []byte("hey"))
	fmt.Printf("%s|%v|%q|%x|%#v\n", Bytes("hey"), Bytes("hey"), Bytes("hey"), Bytes("hey"), Bytes("hey"))
	fmt.Printf("%s|%v|%x|%#v\n", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{1, 2, 3}, [2]byte{1, 2})
	fmt.Printf("%#v %#v\n", []byte(nil), []byte{})

	// Maps: keys sorted.
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(map[int]string{3: "c", -1: "m", 2: "b", 100: "h"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4, 0: 5})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[Color]int{Blue: 3, Red: 1, Green: 2})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3}, map[any]int{"b": 1, "a": 2, nil: 0})
	fmt.Println(map[string][]int{"x": {1, 2}, "y": nil}, map[string]any{"n": nil, "a": 1})
	fmt.Println(map[string]int(nil), map[string]int{})
	fmt.Printf("%v %d %x\n", map[int8]uint{-3: 1, 5: 2}, map[string]int{"a": 10}, map[string]int{"a": 10})
	fmt.Printf("%#v\n", map[Key]Point{{1, "a"}: {2, 3}, {0, "b"}: {4, 5}})
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[(i*37)%101] = i
	}
	fmt.Println(big)

	// Methods.
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, map[string]Celsius{"k": 3})
	fmt.Printf("%v %s %d %q %x %5.1v|\n", Celsius(3), Celsius(3), Color(1), Celsius(3), Color(2), Celsius(3))
	fmt.Println(Red, Blue, Color(9), []Color{Green})
	var np *Ptr
	fmt.Println(&Ptr{4}, Ptr{5}, np, []*Ptr{{6}, nil})
	fmt.Println(Code(3), []error{Code(4)}, error(Code(5)))
	fmt.Printf("%v %+v %s %d\n", Code(1), Code(1), Code(1), Code(1))
	w := Wrapper{Shown: hidden{1}, secret: hidden{2}, L: []Celsius{1}, l: []Celsius{2}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(hidden{3}, &hidden{4})

	// Errors.
	e := errors.New("plain")
	fmt.Println(e, []error{e})
	fmt.Printf("%v|%s|%q|%x|%10v|%-10s|\n", e, e, e, e, e, e)
	var nilErr error
	fmt.Println(nilErr, []error{nilErr})
	fmt.Printf("%v %d %s\n", nilErr, nilErr, nilErr)

	// %T.
	fmt.Printf("%T %T %T %T %T %T\n", n, &n, []Point{}, map[string][]Key{}, nil, Red)
	fmt.Printf("%T %T %T %T %T\n", 'x', byte(1), []byte{}, [3]int{}, struct{ A int }{})
	fmt.Printf("%T %T %T\n", e, Code(1), func(int) string { return "" })
	fmt.Printf("%T %T %T\n", []any{}, map[string]error{}, &[]*Point{})
}
