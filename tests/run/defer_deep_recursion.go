package main

import "fmt"

var unwound []int

func descend(depth, max int) int {
	defer func() {
		unwound = append(unwound, depth)
		if depth%100 == 0 {
			fmt.Println("unwinding depth", depth)
		}
	}()
	if depth == max {
		panic(depth)
	}
	return descend(depth+1, max) + 1
}

func top(max int) (res int, got any) {
	defer func() {
		got = recover()
		res = -1
	}()
	return descend(0, max), nil
}

func catchAt(depth, catchDepth, max int) (r int) {
	if depth == catchDepth {
		defer func() {
			if v := recover(); v != nil {
				fmt.Println("caught at depth", depth, "value", v)
				r = 1000
			}
		}()
	}
	defer func() { r++ }()
	if depth == max {
		panic("bottom")
	}
	return catchAt(depth+1, catchDepth, max) * 1
}

func fact(n int) (r int) {
	defer func() {
		if n <= 1 {
			r = 1
		}
	}()
	if n <= 1 {
		return 0
	}
	return n * fact(n-1)
}

func main() {
	res, got := top(500)
	fmt.Println("top:", res, got, "unwound frames", len(unwound))
	fmt.Println("first unwound", unwound[0], "last unwound", unwound[len(unwound)-1])
	inOrder := true
	for i := 1; i < len(unwound); i++ {
		if unwound[i] != unwound[i-1]-1 {
			inOrder = false
		}
	}
	fmt.Println("innermost first:", inOrder)
	for _, c := range []int{0, 3, 7, 10} {
		fmt.Println("catchAt", c, "->", catchAt(0, c, 10))
	}
	unwound = unwound[:0]
	fmt.Println("fact(10) =", fact(10))
}
