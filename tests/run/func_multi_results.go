package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (int, int, bool) {
	if len(xs) == 0 {
		return 0, 0, false
	}
	mn, mx := xs[0], xs[0]
	for _, x := range xs {
		if x < mn {
			mn = x
		}
		if x > mx {
			mx = x
		}
	}
	return mn, mx, true
}

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string) { return 42, "answer" }

func passthrough() (int, int) { return divmod(100, 7) }

func fib(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fib(n - 1)
	return b, a + b
}

type P struct{ X, Y int }

func split(p P) (int, int) { return p.X, p.Y }
func join(x, y int) P      { return P{x, y} }

func main() {
	q, r := divmod(47, 5)
	fmt.Println(q, r)
	mn, mx, ok := minmax([]int{5, -2, 9, 0})
	fmt.Println(mn, mx, ok)
	_, _, ok = minmax(nil)
	fmt.Println(ok)

	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = swap(a, b)
	fmt.Println(a, b)

	n, s := pair()
	fmt.Println(n, s)

	// multi-value call as arguments of another call
	fmt.Println(divmod(9, 4))
	fmt.Println(join(split(P{3, 4})))
	fmt.Println(passthrough())

	f, g := fib(50)
	fmt.Println(f, g)

	// ignore results with blank
	_, last := fib(10)
	fmt.Println(last)

	// assignment to existing vars and struct fields / elements
	var p P
	p.X, p.Y = divmod(23, 6)
	arr := [2]int{}
	arr[0], arr[1] = split(p)
	fmt.Println(p, arr)

	// swap via parallel assignment
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
}
