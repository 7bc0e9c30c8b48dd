package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// byAgeName is a total order.
type byAgeName []person

func (a byAgeName) Len() int { return len(a) }
func (a byAgeName) Less(i, j int) bool {
	if a[i].age != a[j].age {
		return a[i].age < a[j].age
	}
	return a[i].name < a[j].name
}
func (a byAgeName) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0, 9, 9, -1, 100, 42}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{-10, -7, 0, 5, 9, 10, 100, 101} {
		fmt.Println("SearchInts", x, sort.SearchInts(ints, x), sort.IntSlice(ints).Search(x))
	}

	strs := []string{"peach", "banana", "kiwi", "apple", "", "Banana", "apple pie", "zz", "a"}
	fmt.Println(sort.StringsAreSorted(strs))
	sort.Strings(strs)
	fmt.Println(strs, len(strs), sort.StringsAreSorted(strs))
	for _, x := range []string{"", "apple", "b", "kiwi", "zzz"} {
		fmt.Println("SearchStrings", x, sort.SearchStrings(strs, x), sort.StringSlice(strs).Search(x))
	}

	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 2, math.NaN(), math.Inf(-1), 0, 1e-300, -2.5}
	fmt.Println(sort.Float64sAreSorted(fl))
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	for _, x := range []float64{math.Inf(-1), -1, 0, 2, 3, 100, math.Inf(1)} {
		fmt.Println("SearchFloat64s", x, sort.SearchFloat64s(fl, x), sort.Float64Slice(fl).Search(x))
	}

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20}, {"Grace", 25}}
	p1 := append([]person(nil), people...)
	sort.Sort(byAgeName(p1))
	fmt.Println(p1)
	p2 := append([]person(nil), people...)
	sort.Stable(byAge(p2))
	fmt.Println(p2)
	p3 := append([]person(nil), people...)
	sort.SliceStable(p3, func(i, j int) bool { return p3[i].age > p3[j].age })
	fmt.Println(p3)
	p4 := append([]person(nil), people...)
	sort.Slice(p4, func(i, j int) bool { return p4[i].name > p4[j].name })
	fmt.Println(p4, sort.SliceIsSorted(p4, func(i, j int) bool { return p4[i].name > p4[j].name }))
	fmt.Println(sort.IsSorted(byAge(p2)), sort.IsSorted(byAge(people)), sort.IsSorted(sort.Reverse(byAge(p3))))

	r := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r)
	sort.IntSlice(r).Sort()
	fmt.Println(r)
	s := sort.StringSlice{"c", "a", "b"}
	s.Sort()
	fmt.Println(s, s.Len(), s.Less(0, 1))
	f := sort.Float64Slice{2, math.NaN(), 1}
	f.Sort()
	fmt.Println(f, f.Less(0, 1), f.Less(1, 0))

	// Search and Find.
	sq := func(i int) int { return i * i }
	fmt.Println(sort.Search(100, func(i int) bool { return sq(i) >= 50 }))
	fmt.Println(sort.Search(0, func(i int) bool { return true }))
	fmt.Println(sort.Search(10, func(i int) bool { return false }))
	words := []string{"ant", "bee", "cat", "dog", "eel"}
	for _, w := range []string{"aardvark", "cat", "cow", "eel", "fox"} {
		i, found := sort.Find(len(words), func(k int) int {
			if w < words[k] {
				return -1
			}
			if w > words[k] {
				return 1
			}
			return 0
		})
		fmt.Println("Find", w, i, found)
	}

	// Empty and single-element inputs.
	var empty []int
	sort.Ints(empty)
	sort.Slice(empty, func(i, j int) bool { return false })
	sort.SliceStable([]int{1}, func(i, j int) bool { return false })
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.SliceIsSorted([]string{}, func(i, j int) bool { return false }))
}
