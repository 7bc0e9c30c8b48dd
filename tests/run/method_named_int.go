package main

import "fmt"

type Counter int

func (c *Counter) Inc()           { *c++ }
func (c *Counter) Add(n int)      { *c += Counter(n) }
func (c Counter) Double() Counter { return c * 2 }
func (c Counter) IsEven() bool    { return c%2 == 0 }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }
func (f *Flags) Set(x Flags)     { *f |= x }
func (f *Flags) Clear(x Flags)   { *f &^= x }

type Stats struct {
	Hits, Misses Counter
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Add(5)
	fmt.Println(c, c.Double(), c.IsEven(), c.Double().IsEven())

	p := &c
	p.Inc()
	fmt.Println(c, p.Double())

	var s Stats
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			s.Hits.Inc()
		} else {
			s.Misses.Add(2)
		}
	}
	fmt.Println(s, s.Hits.Double())

	cs := make([]Counter, 3)
	for i := range cs {
		cs[i].Add(i * 10)
		cs[i].Inc()
	}
	fmt.Println(cs)

	var f Flags
	f.Set(FlagA)
	f.Set(FlagC | FlagD)
	fmt.Println(f, f.Has(FlagA), f.Has(FlagB), f.Has(FlagD))
	f.Clear(FlagA | FlagB)
	fmt.Println(f, f.Has(FlagA), FlagD)

	// conversion between named and underlying
	n := int(c) + 1
	c2 := Counter(n)
	fmt.Println(n, c2, Counter(3).Double())
}
