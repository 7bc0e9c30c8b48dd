package main

import "fmt"

type Acc struct {
	Name  string
	Bal   int
	Hist  []int
	Flags [3]bool
}

func main() {
	m := map[string]Acc{}
	m["bob"] = Acc{Name: "Bob", Bal: 10}
	a := m["bob"]
	a.Bal += 5
	a.Hist = append(a.Hist, 5)
	fmt.Println(m["bob"].Bal, a.Bal)
	m["bob"] = a
	fmt.Println(m["bob"], m["nobody"])
	fmt.Println(m)
	pm := map[string]*Acc{}
	pm["al"] = &Acc{Name: "Al"}
	pm["al"].Bal += 7
	pm["al"].Hist = append(pm["al"].Hist, 1, 2)
	pm["al"].Flags[1] = true
	fmt.Println(*pm["al"], pm["x"] == nil)
	sl := map[int][]Acc{}
	sl[1] = append(sl[1], Acc{Name: "x"}, Acc{Name: "y"})
	sl[1][0].Bal = 99
	fmt.Println(sl)
	am := map[int][4]int{}
	v := am[3]
	v[2] = 7
	am[3] = v
	fmt.Println(am, len(am[9]))
	type pair struct{ a, b string }
	pr := map[pair]pair{{"a", "b"}: {"c", "d"}}
	pr[pair{"c", "d"}] = pr[pair{"a", "b"}]
	fmt.Println(pr)
}
