package main

import "fmt"

func main() {
	var fs []func() int
	i := 0
again:
	x := i * 10
	fs = append(fs, func() int { x++; return x })
	i++
	if i < 3 {
		goto again
	}
	for _, f := range fs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()
	var ps []*int
	for k := 0; k < 3; k++ {
		v := k
		ps = append(ps, &v)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()
	var gs []func() string
	for i, r := range "héllo" {
		gs = append(gs, func() string { return string(r) + fmt_int(i) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("alias", v)
		}
	}
	for i := range 3 {
		func() {
			i := i + 100
			fmt.Print(i, " ")
		}()
	}
	fmt.Println()
	r, _ := func(a, b int) (int, int) { return b, a }(1, 2)
	_ = r
}

func fmt_int(i int) string {
	return string(rune('0' + i))
}
