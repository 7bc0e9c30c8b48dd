package main

import "fmt"

type T struct{ a int }
type E string

func (e E) Error() string { return "E:" + string(e) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		fmt.Println("int-ish", x)
		return "intish"
	case string:
		return "string " + x
	case T:
		return "T"
	case *T:
		if x == nil {
			return "nil *T"
		}
		return "ptr T"
	case error:
		return "error " + x.Error()
	case []int:
		return "slice"
	default:
		return "other"
	}
}

func main() {
	var tp *T
	vals := []any{nil, 1, int64(2), "s", T{1}, &T{2}, tp, E("bad"), []int{1}, 3.5, uint8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i any = 7
	switch i.(type) {
	case string:
		fmt.Println("str")
	}
	switch v := i.(type) {
	case int:
		v++
		fmt.Println(v, i)
	}
}
