package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 10; i++ {
		fs = append(fs, func() int { return i })
		if i%3 == 0 {
			i += 2
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var incs []func()
	var gets []func() int
	for i := 0; i < 6; i++ {
		incs = append(incs, func() { i++ })
		gets = append(gets, func() int { return i })
		incs[len(incs)-1]()
	}
	for k := range gets {
		fmt.Print(gets[k](), " ")
	}
	fmt.Println(len(gets))
	var ps []*int
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		ps = append(ps, &i, &j)
	}
	for _, p := range ps {
		fmt.Print(*p, ",")
	}
	fmt.Println()
	var cl []func() int
	for i := 0; i < 3; i++ {
		defer1 := i * 2
		cl = append(cl, func() int { return defer1 + i })
	}
	for _, c := range cl {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; {
		f := func() { i++ }
		f()
		fmt.Print(i)
	}
	fmt.Println()
}
