package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l := mergesort(a[:m])
	r := mergesort(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func sortPeople(ps []Person) {
	// stable insertion sort by age
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Age < ps[j-1].Age; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	b := make([]int, len(a))
	copy(b, a)
	quicksort(a)
	fmt.Println(a)
	fmt.Println(mergesort(b), b)

	x := uint32(7)
	big := make([]int, 5000)
	for i := range big {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		big[i] = int(x % 100000)
	}
	m := mergesort(big)
	quicksort(big)
	same := true
	for i := range big {
		if big[i] != m[i] {
			same = false
		}
	}
	fmt.Println(same, big[0], big[2500], big[4999])

	ps := []Person{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}}
	sortPeople(ps)
	fmt.Println(ps)
}
