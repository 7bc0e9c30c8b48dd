package main

import "fmt"

type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	for _, v := range []interface{}{true, false, 1, "x", nil} {
		switch i := v; {
		case i:
			fmt.Println("true case", v)
		default:
			fmt.Println("default", v)
		}
	}
	x := 3
	var a, b interface{} = 3, "3"
	switch x {
	case b:
		fmt.Println("b")
	case a:
		fmt.Println("a")
	}
	var err error = E{"e"}
	switch (E{"e"}) {
	case err:
		fmt.Println("err matches")
	}
	switch s := "3"; s {
	case a, b:
		fmt.Println("string case")
	}
}
