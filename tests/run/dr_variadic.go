package main

import (
	"fmt"
	"os"
)

func sum(tag string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(tag, len(xs), xs, t)
}

type Acc struct{ vals []int }

func (a *Acc) Add(xs ...int) { a.vals = append(a.vals, xs...); fmt.Println("Add", xs, a.vals) }
func (a Acc) Report(prefix string, extra ...interface{}) {
	fmt.Println(prefix, a.vals, extra)
}

func level3() (r int) {
	defer func() {
		defer func() {
			defer func() {
				r += 100
				fmt.Println("level3 innermost", recover())
			}()
			r += 10
			panic("deep")
		}()
		r += 1
	}()
	return 0
}

func main() {
	xs := []int{1, 2, 3}
	defer fmt.Println("exit is called; this never prints")
	func() {
		defer sum("spread", xs...)
		defer sum("none")
		defer sum("lit", 4, 5, 6)
		args := []interface{}{"a", 1, 2.5, nil, xs}
		defer fmt.Println(args...)
		defer fmt.Print(args...)
		defer fmt.Print("\n")
		xs[0] = 100
		args[1] = "changed"
		xs = append(xs, 7)
	}()
	a := &Acc{}
	func() {
		defer a.Report("report-val", 1, "two")
		defer a.Add(xs...)
		defer a.Add()
		ys := xs[:2]
		defer a.Add(ys...)
		ys[0] = -5
		a.Add(9)
	}()
	fmt.Println("after", a.vals)
	fmt.Println("level3", level3())
	var fs []func(...int)
	for i := 0; i < 3; i++ {
		fs = append(fs, func(v ...int) { fmt.Println("closure", i, v) })
	}
	func() {
		for i, f := range fs {
			defer f(i, i*i)
			defer f()
		}
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("exiting with", r)
			defer fmt.Println("deferred inside exiting defer - never")
			os.Exit(3)
		}()
		var m map[int]int
		m[1]++
	}()
	fmt.Println("unreachable")
}
