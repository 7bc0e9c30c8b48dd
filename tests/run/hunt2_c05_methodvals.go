package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) Add(k int) Counter {
	c.n += k
	return c
}

type Name string

func (n Name) Greet(p string) string { return p + " " + string(n) }

func main() {
	c := Counter{5}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n, get())
	get2 := c.Get
	c.n = 100
	fmt.Println(get2())
	pc := &c
	g3 := pc.Get
	pc.n = 7
	fmt.Println(g3(), pc.Get())
	add := c.Add
	fmt.Println(add(3).n, c.n)
	n := Name("bob")
	gr := n.Greet
	n = "alice"
	fmt.Println(gr("hi"), n.Greet("yo"))
	fs := []func(){c.Inc, pc.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
}
