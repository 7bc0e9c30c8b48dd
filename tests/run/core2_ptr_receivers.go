package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) String2() string { return c.name + "!" }

type Vec [3]int

func (v *Vec) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}
func (v Vec) Sum() int { return v[0] + v[1] + v[2] }

type Bag struct {
	items [2]Counter
	vs    []Vec
}

func main() {
	cs := []Counter{{"a", 0}, {"b", 10}}
	cs[0].Inc()
	cs[1].Inc()
	cs[1].Inc()
	fmt.Println(cs[0].Get(), cs[1].Get(), cs)
	var arr [2]Counter
	arr[1].Inc()
	fmt.Println(arr)
	var b Bag
	b.items[0].Inc()
	b.vs = append(b.vs, Vec{1, 2, 3})
	b.vs[0].Scale(3)
	fmt.Println(b.items[0].n, b.vs, b.vs[0].Sum())
	p := &b
	p.items[1].Inc()
	p.items[1].Inc()
	fmt.Println(p.items[1].Get(), p.items[1].String2())
	v := Vec{1, 1, 1}
	v.Scale(5)
	w := v
	w.Scale(2)
	fmt.Println(v, w, v.Sum(), w.Sum())
	pc := &cs[0]
	pc.Inc()
	fmt.Println(pc.Get(), cs[0].n, (*pc).Get())
	f := Counter{"x", 1}
	f.Inc()
	fmt.Println(f)
}
