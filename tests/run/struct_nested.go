package main

import "fmt"

type Addr struct {
	Street string
	Num    int
}

type Person struct {
	Name string
	Age  int
	Home Addr
	Work *Addr
}

type Company struct {
	Name  string
	CEO   Person
	Staff []Person
	Sites [2]Addr
}

func older(p Person) Person {
	p.Age++
	return p
}

func main() {
	work := &Addr{"Main St", 1}
	alice := Person{Name: "alice", Age: 30, Home: Addr{"Elm", 12}, Work: work}
	fmt.Println(alice.Name, alice.Home, *alice.Work)
	fmt.Println(alice.Home.Street, alice.Work.Num)

	bob := Person{"bob", 25, Addr{Street: "Oak"}, nil}
	fmt.Println(bob)

	co := Company{
		Name:  "acme",
		CEO:   alice,
		Staff: []Person{bob, older(bob)},
		Sites: [2]Addr{{"A", 1}, {Street: "B"}},
	}
	co.CEO.Age = 31
	co.Staff[0].Home.Num = 99
	co.Sites[1].Num = 2
	fmt.Println(alice.Age, co.CEO.Age, bob.Home.Num, co.Staff[0].Home.Num, co.Staff[1].Age)
	fmt.Println(co.Sites)

	// shared pointer field
	co.CEO.Work.Num = 100
	fmt.Println(alice.Work.Num, work.Num)

	// whole nested struct assignment
	co.Staff[1].Home = co.Sites[0]
	fmt.Println(co.Staff[1].Home)

	// nested struct literal printing
	fmt.Println(Addr{}, Person{Name: "z"}.Home, co.Sites[0] == Addr{"A", 1})
	fmt.Println(&Addr{"ptr", 5}, &co.Sites[1])
}
