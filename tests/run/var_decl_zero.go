package main

import "fmt"

type S struct {
	I  int
	B  bool
	St string
	A  [2]int8
	Sl []int
	P  *S
}

var global = 7
var (
	g1, g2 = 1, "two"
	g3     int
	g4     = [3]bool{true}
)

func main() {
	var i int
	var u8 uint8
	var i64 int64
	var f float64
	var b bool
	var s string
	var arr [3]int
	var sl []string
	var p *int
	var st S
	fmt.Println(i, u8, i64, f, b, s == "", arr, sl, p == nil)
	fmt.Println(st, st.P == nil)

	fmt.Println(global, g1, g2, g3, g4)
	global++
	g3 = global * 2
	fmt.Println(global, g3)

	// multiple declaration forms
	var x, y int = 1, 2
	var m, n = "m", 3.5
	a, c := true, 'c'
	fmt.Println(x, y, m, n, a, c)

	// shadowing in nested blocks
	v := 1
	{
		v := 2
		v++
		fmt.Println("inner", v)
		{
			v = 10
			fmt.Println("innermost", v)
		}
		fmt.Println("inner again", v)
	}
	fmt.Println("outer", v)

	// redeclaration with := when at least one new var
	v, w := 5, 6
	fmt.Println(v, w)

	// declare in loop body: fresh zero value each iteration
	for k := 0; k < 3; k++ {
		var z int
		z += k
		var zs []int
		zs = append(zs, z)
		fmt.Print(z, len(zs), " ")
	}
	fmt.Println()

	// blank identifier
	_ = x
	var _ int = 5
	_, second := 1, 2
	fmt.Println(second)
}
