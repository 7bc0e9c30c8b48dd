package main

import "fmt"

type Emp struct {
	Name   string
	Salary int
	Skills []string
	Boss   *Emp
}

func raise(es []Emp, pct int) {
	for i := range es {
		es[i].Salary += es[i].Salary * pct / 100
	}
}

func main() {
	es := []Emp{
		{Name: "ann", Salary: 1000},
		{Name: "bob", Salary: 2000},
		{"cid", 1500, nil, nil},
	}
	es[1].Skills = append(es[1].Skills, "go")
	es[1].Skills = append(es[1].Skills, "wasm")
	es[2].Boss = &es[1]
	raise(es, 10)
	for _, e := range es {
		fmt.Println(e.Name, e.Salary, e.Skills, len(e.Skills), e.Boss == nil)
	}
	fmt.Println(es[2].Boss.Name, es[2].Boss.Salary)

	// the Boss pointer refers to the element in the original array
	es[1].Salary = 1
	fmt.Println(es[2].Boss.Salary)

	// after growth, the boss pointer still points into the old array
	es = append(es, Emp{Name: "dan"})
	es[1].Salary = 2
	fmt.Println(es[2].Boss.Salary, es[1].Salary, len(es))

	// find max
	best := 0
	for i := 1; i < len(es); i++ {
		if es[i].Salary > es[best].Salary {
			best = i
		}
	}
	fmt.Println("best", es[best].Name)

	// remove element 0 by shifting
	es = append(es[:0], es[1:]...)
	for _, e := range es {
		fmt.Print(e.Name, " ")
	}
	fmt.Println(len(es))

	// struct with nested array updated in place
	pts := make([]Emp, 2)
	pts[0].Name = "x"
	pts[1] = pts[0]
	pts[1].Name += "y"
	fmt.Println(pts[0].Name, pts[1].Name)
}
