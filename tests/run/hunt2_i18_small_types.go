package main

import "fmt"

type MyInt int
type MyStr string
type MyBool bool
type MyFloat float32

type Pair struct {
	A int8
	B float32
	C bool
	D string
}

func main() {
	vals := []any{int8(-5), uint16(65000), int32(-7), uint64(1 << 63), float32(0.1), 1e21, MyInt(3), MyStr("s"), MyBool(true), MyFloat(2.5), Pair{-1, 1.25, true, "d"}, 'x', byte(7), uintptr(9), [2]bool{true}, []string{"a", ""}, struct{}{}, complexity()}
	fmt.Println(vals)
	for _, v := range vals {
		switch x := v.(type) {
		case int, MyInt:
			fmt.Print("I", x, " ")
		case int8, int32:
			fmt.Print("small", x, " ")
		case MyStr, string:
			fmt.Print("str", x, " ")
		case float32:
			fmt.Print("f32:", x*3, " ")
		case float64:
			fmt.Print("f64:", x/7, " ")
		default:
			fmt.Print("? ")
		}
	}
	fmt.Println()
	var a any = MyInt(3)
	_, isInt := a.(int)
	m, isMy := a.(MyInt)
	fmt.Println(isInt, isMy, m+1)
}

func complexity() any { return nil }
