package main

import "fmt"

type Rec struct {
	ID   int
	Name string
	Next *Rec
}

func main() {
	// many appends; values must survive reallocation and GC
	var recs []*Rec
	var prev *Rec
	for i := 0; i < 200000; i++ {
		r := &Rec{ID: i, Name: "r", Next: prev}
		if i%1000 == 0 {
			recs = append(recs, r)
		}
		prev = r
	}
	cnt := 0
	for p := prev; p != nil; p = p.Next {
		cnt++
	}
	fmt.Println(cnt, len(recs), recs[0].ID, recs[len(recs)-1].ID)

	// temporary strings
	total := 0
	for i := 0; i < 100000; i++ {
		s := "item-" + string([]byte{byte('a' + i%26)})
		total += len(s)
	}
	fmt.Println(total)

	// slices of slices growing
	var rows [][]int
	for i := 0; i < 1000; i++ {
		row := []int{}
		for j := 0; j <= i%50; j++ {
			row = append(row, i*j)
		}
		rows = append(rows, row)
	}
	s := 0
	for _, r := range rows {
		for _, v := range r {
			s += v
		}
	}
	fmt.Println(len(rows), s, rows[999][49])
}
