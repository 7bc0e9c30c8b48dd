package main

import "fmt"

type Big struct {
	arr  [8]int
	name string
	ptr  *Big
}

type Val interface{ Sum() int }

func (b Big) Sum() int {
	s := 0
	for _, v := range b.arr {
		s += v
	}
	if b.ptr != nil {
		s += b.ptr.arr[0]
	}
	return s + len(b.name)
}

type Str string

func (s Str) Sum() int { return len(s) }

func main() {
	var vals []Val
	var prev *Big
	for i := 0; i < 3000; i++ {
		b := Big{name: "n" + string(rune('a'+i%26))}
		for j := range b.arr {
			b.arr[j] = i*j%7 + 1
		}
		b.ptr = prev
		if i%3 == 0 {
			prev = &b
		}
		if i%2 == 0 {
			vals = append(vals, b)
		} else {
			vals = append(vals, Str("abc"+b.name))
		}
		if len(vals) > 500 {
			vals = vals[100:]
		}
	}
	t := 0
	for _, v := range vals {
		t += v.Sum()
		if b, ok := v.(Big); ok {
			b.arr[0] = 1000
		}
	}
	fmt.Println(len(vals), t)
	fmt.Println(vals[0].Sum(), vals[len(vals)-1])
}
