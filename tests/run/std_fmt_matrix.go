// fmt.Sprintf over a matrix: each value below, printed with many verbs
// under a set of flag/width/precision combinations, one line per value and
// combination (the NUL character shown as \0). Covers basic kinds, named types with and without methods,
// structs, slices, arrays, maps and nil values (no addresses printed).
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt<%d>", int(m)) }

type Plain int
type Name string
type Raw []byte
type Flag bool
type Ratio float64

type ErrCode struct{ Code int }

func (e ErrCode) Error() string { return fmt.Sprintf("error %d", e.Code) }

type Point struct {
	X, Y int
}

type Mixed struct {
	N    int
	S    string
	F    float64
	B    []byte
	L    []Point
	M    map[string]int
	I    any
	E    error
	priv MyInt
	Pub  MyInt
}

type Embed struct {
	Point
	Name
	Z uint8
}

func main() {
	vals := []any{
		0, 42, -42, math.MaxInt64, int8(-128), int16(1000), int32(-5), int64(1 << 50),
		uint(3), uint8(250), uint16(4096), uint32(1e9), uint64(math.MaxUint64), uintptr(77),
		'A', rune(0x4E16), 0.0, 1.5, -0.125, 1e100, 6.02214076e23, 1e-10, math.NaN(), math.Inf(-1),
		float32(2.75), float32(-1e-3), "", "go", "ünïcödé ✓", "a\tb\"c", []byte("bin\x01"), []byte(nil),
		true, false, nil, MyInt(12), Plain(12), Name("nm"), Raw("raw"), Flag(true), Ratio(0.5),
		ErrCode{404}, errors.New("e!"), Point{3, -4}, &Point{5, 6},
		Mixed{N: 1, S: "s", F: 2.5, B: []byte("b"), L: []Point{{1, 2}}, M: map[string]int{"b": 2, "a": 1}, I: MyInt(7), E: ErrCode{1}, priv: 3, Pub: 4},
		Mixed{E: ErrCode{0}}, Embed{Point{1, 2}, "e", 9},
		[]int{1, -2, 3}, []int(nil), [2]float64{0.5, -1}, []string{"x", "yz"}, []any{1, "two", nil, 3.5},
		[]MyInt{1, 2}, []error{ErrCode{2}, nil}, [][]int{{1}, {}}, [3]bool{true},
		map[string]int{"k2": 2, "k1": 1}, map[int]string{2: "b", 1: "a"}, map[Point]bool{{2, 1}: true, {1, 2}: false},
		map[string][]int{"a": {1}}, map[MyInt]Name{1: "x"}, map[string]int(nil),
		struct{}{}, struct {
			A int
			b string
		}{1, "hidden"},
	}
	combos := []string{"", "+#", "-8", " 08", "#10.3", ".0"}
	verbs := "vdsqxXobcUeEfgtT"
	for i, v := range vals {
		for _, c := range combos {
			var sb strings.Builder
			fmt.Fprintf(&sb, "%d %%%s:", i, c)
			for _, verb := range verbs {
				sb.WriteString(" ")
				sb.WriteString(fmt.Sprintf("%"+c+string(verb), v))
			}
			// NUL bytes (%c of 0) are shown as \0 to keep the output text.
			fmt.Println(strings.ReplaceAll(sb.String(), "\x00", `\0`))
		}
	}
}
