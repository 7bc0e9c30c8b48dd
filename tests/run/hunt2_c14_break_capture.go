package main

import "fmt"

func main() {
	var fs []func() int
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() (int, rune)
outer:
	for i, r := range "abcdef" {
		for k := 0; k < 3; k++ {
			if r == 'c' {
				continue outer
			}
			if r == 'e' {
				break outer
			}
			if k == 1 {
				gs = append(gs, func() (int, rune) { return i + k, r })
			}
		}
	}
	for _, g := range gs {
		a, b := g()
		fmt.Print(a, string(b), " ")
	}
	fmt.Println()
	acc := []int{}
	add := func(xs ...int) {
		for _, x := range xs {
			acc = append(acc, x)
		}
	}
	for i := 3; i > 0; i-- {
		add(i, -i)
	}
	fmt.Println(acc)
	total := 0
	for _, x := range acc {
		switch {
		case x < 0:
			continue
		case x == 2:
			fallthrough
		case x == 100:
			total += 1000
		default:
			total += x
		}
	}
	fmt.Println(total)
}
