// sorting: sort.Slice on a slice of structs with a multi-key comparator,
// sort.Ints, sort.Strings, sort.Sort through sort.Interface, a hand-written
// quicksort and a hand-written merge sort, with checks.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type Employee struct {
	name   string
	dept   int
	salary int
	id     int
}

type byID []Employee

func (s byID) Len() int           { return len(s) }
func (s byID) Less(i, j int) bool { return s[i].id < s[j].id }
func (s byID) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func quicksort(a []int) {
	for len(a) > 16 {
		// Median of three.
		m := len(a) / 2
		if a[0] > a[m] {
			a[0], a[m] = a[m], a[0]
		}
		if a[m] > a[len(a)-1] {
			a[m], a[len(a)-1] = a[len(a)-1], a[m]
		}
		if a[0] > a[m] {
			a[0], a[m] = a[m], a[0]
		}
		pivot := a[m]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part.
		if j < len(a)-1-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k] < a[k-1]; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

func mergesort(a, tmp []int) {
	if len(a) <= 1 {
		return
	}
	m := len(a) / 2
	mergesort(a[:m], tmp[:m])
	mergesort(a[m:], tmp[m:])
	i, j, k := 0, m, 0
	for i < m && j < len(a) {
		if a[i] <= a[j] {
			tmp[k] = a[i]
			i++
		} else {
			tmp[k] = a[j]
			j++
		}
		k++
	}
	k += copy(tmp[k:], a[i:m])
	copy(tmp[k:], a[j:])
	copy(a, tmp[:len(a)])
}

func checksum(a []int) uint64 {
	var h uint64 = 1469598103934665603
	for _, x := range a {
		h = (h ^ uint64(x)) * 1099511628211
	}
	return h
}

func main() {
	n := 250000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	seed := uint64(42)
	rnd := func() int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed >> 33)
	}
	base := make([]int, n)
	for i := range base {
		base[i] = rnd() % (n * 4)
	}

	a1 := append([]int(nil), base...)
	sort.Ints(a1)
	a2 := append([]int(nil), base...)
	quicksort(a2)
	a3 := append([]int(nil), base...)
	mergesort(a3, make([]int, len(a3)))
	same := checksum(a1) == checksum(a2) && checksum(a2) == checksum(a3)
	fmt.Println("ints", a1[0], a1[n/2], a1[n-1], same, sort.IntsAreSorted(a2))

	emps := make([]Employee, n/2)
	for i := range emps {
		emps[i] = Employee{
			name:   "emp" + strconv.Itoa(rnd()%10000),
			dept:   rnd() % 20,
			salary: 30000 + rnd()%70000,
			id:     i,
		}
	}
	sort.Slice(emps, func(i, j int) bool {
		a, b := &emps[i], &emps[j]
		if a.dept != b.dept {
			return a.dept < b.dept
		}
		if a.salary != b.salary {
			return a.salary > b.salary
		}
		return a.id < b.id
	})
	fmt.Println("first", emps[0].name, emps[0].dept, emps[0].salary)
	fmt.Println("last", emps[len(emps)-1].name, emps[len(emps)-1].dept, emps[len(emps)-1].salary)
	var h uint64
	for i, e := range emps {
		h = h*31 + uint64(e.id*(i%7+1))
	}
	fmt.Println("order hash", h)

	names := make([]string, len(emps))
	for i, e := range emps {
		names[i] = e.name
	}
	sort.Strings(names)
	k := sort.SearchStrings(names, "emp5000")
	fmt.Println("names", names[0], names[len(names)-1], k)

	sort.Sort(byID(emps))
	sort.Stable(sort.Reverse(byID(emps)))
	fmt.Println("by id", emps[0].id, emps[len(emps)-1].id)
}
