package main

import "fmt"

type point struct{ x, y int }

func unnamedInt() int {
	defer func() { recover() }()
	x := 42
	if x > 0 {
		panic("boom")
	}
	return x
}

func unnamedMany() (int, string, []int, *point, point, error, bool) {
	defer func() { fmt.Println("recovered in unnamedMany:", recover()) }()
	panic("many")
}

func namedSetBeforePanic() (r int, s string) {
	defer func() {
		fmt.Println("in defer: r =", r, "s =", s, "recover =", recover())
	}()
	r = 7
	s = "partial"
	panic("mid-way")
}

func namedFixedByDefer(x int) (res int, err error) {
	defer func() {
		if v := recover(); v != nil {
			res = -1
			err = wrap{v}
		}
	}()
	return 100 / x, nil
}

type wrap struct{ v any }

func (w wrap) Error() string {
	if e, ok := w.v.(error); ok {
		return "wrapped: " + e.Error()
	}
	return "wrapped something"
}

func returnThenDeferPanics() (r int) {
	defer func() {
		fmt.Println("outer defer: r =", r, "recover =", recover())
		r += 1
	}()
	defer func() {
		panic("panic after return set r")
	}()
	return 5
}

func recoveredStructResult() (p point) {
	defer func() {
		recover()
		p.y = 9
	}()
	p.x = 3
	var m map[string]int
	m["x"] = 1
	p.x = 100
	return p
}

func main() {
	fmt.Println("unnamedInt:", unnamedInt())
	a, b, c, d, e, f, g := unnamedMany()
	fmt.Println("unnamedMany:", a, b == "", c == nil, d == nil, e, f == nil, g)
	r, s := namedSetBeforePanic()
	fmt.Println("namedSetBeforePanic:", r, s)
	res, err := namedFixedByDefer(4)
	fmt.Println("namedFixedByDefer(4):", res, err)
	res, err = namedFixedByDefer(0)
	fmt.Println("namedFixedByDefer(0):", res, err)
	fmt.Println("returnThenDeferPanics:", returnThenDeferPanics())
	fmt.Println("recoveredStructResult:", recoveredStructResult())
}
