package main

import "fmt"

type Stringer interface{ String() string }
type S1 struct{}
type S2 int

func (S1) String() string { return "S1" }
func (s S2) String() string { return "S2:" + string(rune('0'+int(s))) }

func describe(vs ...any) {
	for _, v := range vs {
		switch x := v.(type) {
		case S1, S2:
			fmt.Println("concrete stringer", x)
		case Stringer:
			fmt.Println("other stringer", x.String())
		case int8, uint8:
			fmt.Println("small", x)
		case bool:
			if x {
				fmt.Println("true!")
				break
			}
			fmt.Println("false!")
		case nil:
			fmt.Println("nil!", x)
		case float64:
			fmt.Println("float", x+0.5)
		case func() int:
			fmt.Println("func", x())
		case []any:
			fmt.Println("recursing", len(x))
			describe(x...)
		}
	}
}

type S3 struct{ n int }

func (s *S3) String() string { return "S3" }

func main() {
	describe(S1{}, S2(3), &S3{}, S3{}, int8(-1), uint8(255), true, false, nil, 2.25, func() int { return 7 }, []any{1, S2(1), nil})
}
