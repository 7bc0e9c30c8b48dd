package main

import "fmt"

type T struct {
	name string
	n    int
}

func (t T) Val() string   { return t.name }
func (t *T) Inc()         { t.n++ }
func (t T) Show()         { fmt.Println("show", t.name, t.n) }
func (t *T) ShowP()       { fmt.Println("showp", t.name, t.n) }

func loops() (res []int) {
	defer func() {
		fmt.Println("final res", res, len(res))
		res = append(res, 999)
	}()
	for i := 0; i < 5; i++ {
		defer func() { res = append(res, i*10) }()
		defer func(j int) { res = append(res, j) }(i)
		if i == 3 {
			continue
		}
		defer fmt.Println("loop i", i)
	}
	return []int{-1}
}

func breaks() (s string) {
	defer func() { s += "|end" }()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			defer func() { s += "" }()
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			k := i*10 + j
			defer func() { s += "," + itoa(k) }()
		}
	}
	return "start"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	b := []byte{}
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func gotos() (n int) {
	i := 0
	defer func() { fmt.Println("gotos defer n", n, "i", i) }()
again:
	if i < 3 {
		x := i
		defer func() { n += x * 100 }()
		i++
		goto again
	}
	return i
}

func methods() {
	t := T{"a", 1}
	defer t.Show()
	defer t.ShowP()
	p := &t
	defer p.Show()
	f := t.Show
	g := p.ShowP
	defer f()
	defer g()
	t.Inc()
	t.name = "b"
	p.Inc()
}

func main() {
	fmt.Println(loops())
	fmt.Println(breaks())
	fmt.Println(gotos())
	methods()
	ts := []T{{"x", 1}, {"y", 2}, {"z", 3}}
	func() {
		for i := range ts {
			defer ts[i].ShowP()
			defer ts[i].Show()
		}
		for i := range ts {
			ts[i].Inc()
		}
	}()
	for _, t := range ts {
		func() {
			defer func() {
				r := recover()
				fmt.Println("recovered", r, t.name)
			}()
			if t.n == 3 {
				panic(t)
			}
			panic(&t)
		}()
	}
}
