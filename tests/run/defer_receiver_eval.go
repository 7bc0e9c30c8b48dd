package main

import "fmt"

type Box struct {
	name string
	n    int
}

func (b Box) Val(tag string) { fmt.Println(tag, "Val", b.name, b.n) }

func (b *Box) Ptr(tag string) { fmt.Println(tag, "Ptr", b.name, b.n) }

func (b *Box) Bump() { b.n++ }

type Shower interface{ Show(tag string) }

type Num int

func (n Num) Show(tag string) { fmt.Println(tag, "Num.Show", int(n)) }

type Ref struct{ v *int }

func (r *Ref) Show(tag string) { fmt.Println(tag, "Ref.Show", *r.v) }

func main() {
	b := Box{"first", 1}
	defer b.Val("1: value receiver copied at defer")
	defer b.Ptr("2: pointer receiver sees later state")
	defer b.Bump()
	mv := b.Val
	mp := b.Ptr
	defer mv("3: method value (value recv) bound early")
	defer mp("4: method value (pointer recv) bound to &b")
	b.n = 5
	b.name = "changed"

	pb := &Box{"heap", 10}
	defer pb.Val("5: value method via pointer copies *pb now")
	defer pb.Ptr("6: pointer method via pointer")
	old := pb
	pb = &Box{"replacement", 99}
	old.n = 11
	fmt.Println("pb now", pb.name, pb.n)

	var s Shower = Num(7)
	defer s.Show("7: interface method, dynamic value at defer")
	s = Num(8)
	defer s.Show("8: interface method after reassign")

	x := 1
	s = &Ref{&x}
	defer s.Show("9: interface holding pointer")
	x = 42

	arr := []Box{{"a", 1}, {"b", 2}}
	for i := range arr {
		defer arr[i].Val("10: element value method")
		defer arr[i].Ptr("11: element pointer method")
	}
	arr[0].n = 100
	arr[1].n = 200

	fmt.Println("main body done", b.name, b.n)
}
