package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func addThenDouble() (r int) {
	defer func() {
		fmt.Println("second defer sees r =", r)
		r *= 2
	}()
	defer func() {
		fmt.Println("first defer sees r =", r)
		r += 1
	}()
	r = 100
	return r + 5
}

func twoResults() (a int, s string) {
	defer func() {
		a++
		s = s + "!"
	}()
	a, s = 1, "preset"
	return 10, "returned"
}

func bareReturn() (n int, err error) {
	defer func() {
		if n > 3 {
			err = myErr{"n too big: ", n}
			n = 3
		}
	}()
	n = 7
	return
}

type myErr struct {
	msg string
	v   int
}

func (e myErr) Error() string {
	digits := "0123456789"
	return e.msg + digits[e.v:e.v+1]
}

func unnamed() int {
	x := 5
	defer func() { x = 99 }()
	return x
}

func argsSeeOldValue() (r int) {
	r = 1
	defer fmt.Println("deferred arg r (evaluated early) =", r)
	defer func(old int) { fmt.Println("old", old, "current", r); r = old + r }(r)
	return 50
}

func shadowed() (r int) {
	defer func() { r = r * 10 }()
	{
		r := 3
		_ = r
	}
	r = 4
	return
}

func pointerResult() (p *int) {
	v := 1
	defer func() { *p += 100 }()
	return &v
}

func sliceResult() (s []int) {
	defer func() { s = append(s, 99) }()
	return []int{1, 2}
}

func main() {
	fmt.Println("double:", double())
	fmt.Println("addThenDouble:", addThenDouble())
	a, s := twoResults()
	fmt.Println("twoResults:", a, s)
	n, err := bareReturn()
	fmt.Println("bareReturn:", n, err)
	fmt.Println("unnamed:", unnamed())
	fmt.Println("argsSeeOldValue:", argsSeeOldValue())
	fmt.Println("shadowed:", shadowed())
	fmt.Println("pointerResult:", *pointerResult())
	fmt.Println("sliceResult:", sliceResult())
}
