package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	I   Inner
	P   *Inner
	S   []Inner
	Arr [2]bool
	F   float32
	U   uint8
}

type Named int
type Names []string

func main() {
	in := Inner{1, "x"}
	o := Outer{I: in, P: &in, S: []Inner{{2, "y"}, {}}, F: 1.5, U: 255}
	fmt.Println(o.I, o.S, o.Arr, o.F, o.U)
	fmt.Println(&in)
	pi := &o.I
	fmt.Println(*pi, pi.B)
	fmt.Println([]*Inner{nil}[0] == nil)
	var e Outer
	fmt.Println(e.I, e.P == nil, e.S, len(e.S))
	fmt.Println(Named(5), Names{"a", "b"}, []Named{1, 2})
	fmt.Println([][]string{{"a"}, {"b", "c"}}, [0]int{}, []float64{0.5, -2, 1e30})
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(in, in, "\n")
	fmt.Println(struct {
		X, Y int
	}{3, 4})
	fmt.Println(&[]int{1, 2}, &[2]string{"p", "q"})
	fmt.Println(int8(-5), uint16(65535), int64(-1<<63), uint64(1<<64-1))
	fmt.Println('a', "tab\there", true && false, !true)
	fmt.Println()
	fmt.Println("", "")
	var bs = []byte("AB")
	fmt.Println(bs, [3]byte{1, 2, 3})
	fmt.Println([]any{}, any(nil))
}
