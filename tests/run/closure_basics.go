package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func square(x int) int { return x * x }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := makeCounter()
	fmt.Println(c(), c(), c())
	d := makeCounter()
	fmt.Println(d(), c())

	fmt.Println(apply([]int{1, 2, 3}, square))
	k := 10
	add := func(x int) int { return x + k }
	k = 100
	fmt.Println(apply([]int{1, 2, 3}, add))
	fmt.Println(compose(square, add)(2))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	ctr := &Counter{}
	inc := ctr.Inc
	inc()
	inc()
	get := ctr.Get
	ctr.Inc()
	fmt.Println(ctr.n, get(), ctr.Get())

	var nilf func()
	fmt.Println(nilf == nil, c != nil)

	sum := 0
	func() {
		for i := range 5 {
			sum += i
		}
	}()
	fmt.Println(sum)

	s := "hello"
	shout := func(suffix string) string { return s + suffix }
	s = "bye"
	fmt.Println(shout("!"))

	type op struct {
		name string
		f    func(a, b int) int
	}
	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.f(6, 7))
	}
	nilf()
}
