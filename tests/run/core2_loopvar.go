package main

import "fmt"

type item struct{ v int }

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ps2 []*int
	for i := range 3 {
		ps2 = append(ps2, &i)
	}
	fmt.Println(*ps2[0], *ps2[1], *ps2[2])
	items := []item{{1}, {2}, {3}}
	var ips []*item
	for _, it := range items {
		ips = append(ips, &it)
	}
	ips[0].v = 100
	fmt.Println(ips[0].v, ips[1].v, ips[2].v, items)
	var ps3 []*int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		ps3 = append(ps3, &i)
	}
	for _, p := range ps3 {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for i := uint8(250); i != 4; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range uint8(3) {
		var x = i - 4
		fmt.Print(x, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(n)
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = sl[:1]
		fmt.Print(i)
	}
	fmt.Println(sl)
}
