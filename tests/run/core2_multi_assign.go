package main

import "fmt"

type S struct {
	a int
	b string
}

func two() (int, string) { return 42, "answer" }
func three() (x, y, z int) { return 1, 2, 3 }
func sum3(a, b, c int) int { return a + b + c }
func pass(a int, b string) string {
	return b + "=" + string(rune('0'+a%10))
}

func (s S) Show() string { return s.b }
func mk(b string) S  { return S{len(b), b} }

func main() {
	var s S
	arr := make([]string, 2)
	s.a, arr[1] = two()
	fmt.Println(s, arr)
	fmt.Println(sum3(three()), pass(two()))
	var p *S = &s
	p.a, p.b = three2()
	fmt.Println(*p)
	fmt.Println(mk("hello").Show(), mk("x").a)
	a, b, c := three()
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	_, sec, _ := three()
	fmt.Println(sec)
	var grid [2][2]int
	grid[0][1], grid[1][0] = 5, 6
	grid[0], grid[1] = grid[1], grid[0]
	fmt.Println(grid)
	xs := []int{1, 2, 3}
	xs[0], xs = 100, []int{9}
	fmt.Println(xs)
	i := 0
	vals := []int{10, 20, 30}
	i, vals[i] = 2, vals[2]
	fmt.Println(i, vals)
}

func three2() (int, string) {
	n, s := two()
	return n + 1, s + "!"
}
