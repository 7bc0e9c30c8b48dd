package main

import "fmt"

type Temp struct {
	Deg int
}

func (t Temp) Hot() bool { return t.Deg > 30 }
func (t Temp) Plus(d int) Temp {
	t.Deg += d
	return t
}
func (t *Temp) Heat(d int) { t.Deg += d }

type Station struct {
	Name string
	Cur  Temp
	Hist []Temp
	Ref  *Temp
}

func (s *Station) Record() {
	s.Hist = append(s.Hist, s.Cur)
}

func (s Station) Max() Temp {
	m := s.Hist[0]
	for _, t := range s.Hist {
		if t.Deg > m.Deg {
			m = t
		}
	}
	return m
}

func main() {
	st := &Station{Name: "s1", Cur: Temp{20}}
	for i := 0; i < 5; i++ {
		st.Cur.Heat(4) // through pointer, pointer method on field
		st.Record()
	}
	fmt.Println(st.Cur, st.Cur.Hot(), st.Max(), len(st.Hist))

	// value method via pointer: (*p).Hot()
	p := &st.Cur
	fmt.Println(p.Hot(), (*p).Plus(1), p.Plus(-100).Hot())

	// slice of pointers: pointer methods directly
	ts := []*Temp{{1}, {2}, {3}}
	for _, t := range ts {
		t.Heat(10)
	}
	fmt.Println(*ts[0], *ts[1], *ts[2], ts[2].Hot())

	// pointer field
	st.Ref = &st.Hist[2]
	st.Ref.Heat(100)
	fmt.Println(st.Hist[2], st.Max(), st.Ref.Hot())

	// value copy of station: methods on copy do not affect original
	cp := *st
	cp.Cur.Heat(1000)
	cp.Hist[0].Heat(-50) // shared backing array
	fmt.Println(st.Hist[0], cp.Hist[0])
	cp.Record()
	fmt.Println(st.Cur.Deg, cp.Cur.Deg, len(st.Hist), len(cp.Hist))
}
