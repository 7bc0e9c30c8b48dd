package main

import "fmt"

type Acc struct {
	Total int
	Count int
}

func (a *Acc) Add(v int) {
	a.Total += v
	a.Count++
}

func (a Acc) Mean() int {
	if a.Count == 0 {
		return 0
	}
	return a.Total / a.Count
}

type Report struct {
	Name  string
	Main  Acc
	ByDay [7]Acc
	Extra []Acc
	Ptr   *Acc
}

func main() {
	var r Report
	r.Name = "week"
	r.Ptr = &r.Main
	for d := 0; d < 14; d++ {
		v := d*d%11 + 1
		r.Main.Add(v)
		r.ByDay[d%7].Add(v)
	}
	fmt.Println(r.Main, r.Main.Mean())
	fmt.Println(r.ByDay)

	r.Extra = make([]Acc, 2)
	r.Extra[0].Add(10)
	r.Extra[1].Add(20)
	r.Extra[1].Add(40)
	fmt.Println(r.Extra, r.Extra[1].Mean())

	r.Ptr.Add(1000)
	fmt.Println(r.Main, r.Ptr.Mean(), r.Main == *r.Ptr)

	rp := &r
	rp.ByDay[3].Add(5)
	rp.Main.Add(1)
	fmt.Println(rp.ByDay[3], r.Main.Count)

	reports := []Report{{Name: "a"}, {Name: "b"}}
	for i := range reports {
		reports[i].Main.Add(i + 1)
		reports[i].ByDay[i].Add(100)
	}
	fmt.Println(reports[0].Main, reports[1].Main, reports[1].ByDay[1], reports[0].ByDay[1])
}
