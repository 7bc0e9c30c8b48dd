package main

import "fmt"

type Rec struct {
	id   int
	tags [2]string
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s))
	s = append(s[:2], s[3:]...)
	fmt.Println(s)
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := s[:0]
	t = append(t, 7, 7, 7)
	fmt.Println(s, t)
	var recs []Rec
	for i := 0; i < 5; i++ {
		recs = append(recs, Rec{i, [2]string{"x", string(rune('a' + i))}})
	}
	first := &recs[0]
	recs = append(recs, Rec{id: 99})
	first.id = -1
	fmt.Println(recs[0].id, first.id)
	ins := []int{1, 2, 4, 5}
	pos := 2
	ins = append(ins[:pos], append([]int{3}, ins[pos:]...)...)
	fmt.Println(ins)
	b := []byte("abc")
	b = append(b, "def"...)
	b = append(b, b[1:3]...)
	fmt.Println(string(b))
	arrs := [][3]int{}
	arrs = append(arrs, [3]int{1, 2, 3}, [3]int{4})
	arrs[1][2] = 9
	fmt.Println(arrs)
	var grow []int
	prevCap := -1
	changes := 0
	for i := 0; i < 1000; i++ {
		grow = append(grow, i)
		if cap(grow) != prevCap {
			changes++
			prevCap = cap(grow)
		}
	}
	fmt.Println(len(grow), grow[999], changes > 5)
	n := copy(b, "XYZ")
	fmt.Println(n, string(b))
}
