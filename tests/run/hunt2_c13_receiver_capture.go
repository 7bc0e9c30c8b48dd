package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Incrementer() func() int {
	return func() int { c.n++; return c.n }
}

func (c Counter) Snapshot() func() int {
	return func() int { c.n += 100; return c.n }
}

type List struct {
	items []int
}

func (l *List) Each(f func(int, int)) {
	for i, v := range l.items {
		f(i, v)
	}
}

func (l *List) Map(f func(int) int) *List {
	out := &List{}
	l.Each(func(_ int, v int) { out.items = append(out.items, f(v)) })
	return out
}

func main() {
	c := Counter{name: "c"}
	inc := c.Incrementer()
	inc()
	inc()
	snap := c.Snapshot()
	fmt.Println(snap(), snap(), c.n, inc())
	l := &List{[]int{1, 2, 3, 4}}
	sum := 0
	l.Each(func(i, v int) { sum += i * v })
	fmt.Println(sum)
	m := l.Map(func(x int) int { return x * x }).Map(func(x int) int { return x + 1 })
	fmt.Println(m.items, l.items)
}
