package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Name string
}

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

func main() {
	m := Mid{Base{1, "m"}, 2}
	fmt.Println(m.ID, m.Name, m.Describe())
	m.Rename("mm")
	fmt.Println(m.Base.Name, m)
	t := Top{&m, "top"}
	fmt.Println(t.Name, t.Mid.Name, t.ID, t.Level)
	t.Rename("via top")
	fmt.Println(m.Name, t.Describe())
	var d Describer = m
	fmt.Println(d.Describe())
	d = t
	fmt.Println(d.Describe())
	var r Renamer = &m
	r.Rename("r1")
	fmt.Println(m.Name)
	r = t
	r.Rename("r2")
	fmt.Println(m.Name)
	p := &t.Mid.Base
	p.ID = 99
	fmt.Println(m.ID, t.Base.ID)
	ip := &m.Level
	*ip = 5
	fmt.Println(t.Level)
}
