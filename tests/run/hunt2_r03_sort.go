package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

type Less func(a, b *Person) bool

func sortBy(ps []Person, less Less) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(&ps[j], &ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func byAge(a, b *Person) bool { return a.Age < b.Age }

func reverse(l Less) Less {
	return func(a, b *Person) bool { return l(b, a) }
}

func thenBy(first, second Less) Less {
	return func(a, b *Person) bool {
		if first(a, b) {
			return true
		}
		if first(b, a) {
			return false
		}
		return second(a, b)
	}
}

func main() {
	ps := []Person{{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 20}, {"cat", 25}}
	byName := func(a, b *Person) bool { return a.Name < b.Name }
	sortBy(ps, byAge)
	fmt.Println(ps)
	sortBy(ps, byName)
	fmt.Println(ps)
	sortBy(ps, thenBy(reverse(byAge), byName))
	fmt.Println(ps)
	comparisons := 0
	counting := func(a, b *Person) bool { comparisons++; return byName(a, b) }
	sortBy(ps, counting)
	fmt.Println(ps, comparisons > 0)
}
