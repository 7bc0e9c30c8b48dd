package main

import "fmt"

type Counter struct {
	N int
}

type Self struct {
	V  int
	Me *Self
}

type Holder struct {
	Name string
	C    *Counter
	P    *int
}

func main() {
	shared := &Counter{}
	v := 5
	h1 := Holder{Name: "h1", C: shared, P: &v}
	h2 := Holder{"h2", shared, &v}
	h1.C.N++
	h2.C.N += 10
	*h1.P = 6
	fmt.Println(shared.N, v, *h2.P)

	// copying a holder copies the pointer, not the target
	h3 := h1
	h3.C.N = 100
	fmt.Println(h1.C.N, h2.C.N, h3.C.N)
	h3.C = &Counter{N: -1}
	fmt.Println(h1.C.N, h3.C.N, h1.C == h2.C, h1.C == h3.C)

	// slice of pointers
	ptrs := make([]*Counter, 0, 4)
	for i := 0; i < 4; i++ {
		ptrs = append(ptrs, &Counter{N: i})
	}
	ptrs = append(ptrs, ptrs[0])
	for i := 0; i < len(ptrs); i++ {
		ptrs[i].N *= 2
	}
	for _, p := range ptrs {
		fmt.Print(p.N, " ")
	}
	fmt.Println()
	fmt.Println(ptrs[0] == ptrs[4], *ptrs[1])

	// slice of pointers to elements of an array
	var arr [3]int
	ps := []*int{&arr[0], &arr[1], &arr[2], &arr[1]}
	for i, p := range ps {
		*p += i + 1
	}
	fmt.Println(arr)

	// struct holding pointer to itself
	var s Self
	s.Me = &s
	s.Me.Me.Me.V = 8
	fmt.Println(s.V, s.Me == &s)
	fmt.Println(&Counter{N: 4}, h1.Name, h2.Name)
}
