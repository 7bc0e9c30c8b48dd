package main

import "fmt"

type pair struct{ a, b int }

func fib(n int) []int {
	a, b := 0, 1
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, a)
		a, b = b, a+b
	}
	return out
}

func main() {
	fmt.Println(fib(15))
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 2
	fmt.Println(i, s)
	x := [3]int{1, 2, 3}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	p := pair{1, 2}
	p.a, p.b = p.b, p.a
	fmt.Println(p)
	j := 2
	s[j], j = 99, 0
	fmt.Println(s, j)
	var arr [4]int
	k := 0
	for k < 4 {
		arr[k], k = k*k, k+1
	}
	fmt.Println(arr)
	q := &pair{5, 6}
	q.a, q.b = q.b*2, q.a*3
	fmt.Println(*q, q.a+q.b)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
}
