package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()

	if q, r := divmod(17, 5); r != 0 {
		fmt.Println("remainder", q, r)
	} else {
		fmt.Println("exact", q)
	}

	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	if y := x * 2; y > 100 {
		fmt.Println("big")
	} else if z := y + 1; z > 20 {
		fmt.Println("medium", y, z)
	} else {
		fmt.Println("small", y, z)
	}

	// short-circuit evaluation
	calls := 0
	if func2(&calls, false) && func2(&calls, true) {
		fmt.Println("unreachable")
	}
	fmt.Println("calls", calls)
	if func2(&calls, true) || func2(&calls, true) {
		fmt.Println("calls", calls)
	}

	// nested conditions with booleans
	a, b := true, false
	if !a || b {
		fmt.Println("no")
	} else if a && !b {
		fmt.Println("yes")
	}
	c := a != b
	d := a == !b
	fmt.Println(c, d, !c || d)
}

func func2(counter *int, v bool) bool {
	*counter++
	return v
}
