package main

import "fmt"

type P struct {
	x, y int
	tag  string
	arr  [3]int
}

type Shape interface{ Area() int }
type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

func structRes(fail bool) (p P, err error) {
	defer func() {
		if r := recover(); r != nil {
			p.tag = "recovered"
			p.arr[2] = 77
			err = r.(error)
		}
		p.x++
	}()
	p = P{1, 2, "init", [3]int{1, 2, 3}}
	if fail {
		var s []int
		p.y = s[p.x]
	}
	return P{10, 20, "ret", [3]int{4, 5, 6}}, nil
}

func arrRes() (a [4]string) {
	defer func() {
		for i := range a {
			a[i] += "!"
		}
	}()
	a[0] = "zero"
	return [4]string{"a", "b", "c", "d"}
}

func ifaceRes(k int) (s Shape, n int) {
	defer func() {
		r := recover()
		if r != nil {
			s = &Sq{k}
			n = -1
			return
		}
		if s != nil {
			n = s.Area()
		}
	}()
	switch k {
	case 0:
		return Rect{2, 3}, 0
	case 1:
		return nil, 5
	case 2:
		var sq *Sq
		return sq, sq.Area()
	}
	panic(k)
}

func strRes(words ...string) (out string, count int) {
	defer func() {
		out = "[" + out + "]"
		count = len(out)
	}()
	for _, w := range words {
		defer func() { out += w }()
	}
	return "base:", 100
}

func multi() (a int, b string, c []int, d map[string]int) {
	defer func() {
		a *= 2
		b += "b"
		c = append(c, a)
		if d == nil {
			d = map[string]int{}
		}
		d[b] = a
	}()
	defer func() {
		recover()
		a += 1
	}()
	a, b = 5, "x"
	panic("oops")
}

func ptrRes() (p *P) {
	defer func() {
		if p == nil {
			p = &P{tag: "from defer"}
		}
		p.x = 42
	}()
	return nil
}

func main() {
	p, err := structRes(false)
	fmt.Println(p, err)
	p, err = structRes(true)
	fmt.Println(p, err)
	fmt.Println(arrRes())
	for k := 0; k < 4; k++ {
		s, n := ifaceRes(k)
		fmt.Println(k, s, n, s == nil)
		if s != nil {
			fmt.Println(" area", s.Area())
		}
	}
	fmt.Println(strRes())
	fmt.Println(strRes("a", "b", "c"))
	a, b, c, d := multi()
	fmt.Println(a, b, c, d)
	fmt.Println(*ptrRes())
}
