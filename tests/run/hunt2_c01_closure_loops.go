package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * i })
		i++
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i += 10; return i })
	}
	for _, g := range gs {
		fmt.Println(g(), g())
	}
	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s + s })
	}
	for i := range hs {
		fmt.Print(hs[i](), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
}
