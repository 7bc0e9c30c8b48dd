package main

import (
	. "fmt"
	str "strings"
	. "sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var _ Interface = byLen(nil)

type S struct{}

func (S) String() string { return "S!" }

var _ Stringer = S{}

func main() {
	Println("hello", Sprint(42), S{})
	words := byLen{"ccc", "a", "bb"}
	Sort(words)
	Println(words, str.ToUpper("x"))
	xs := []int{3, 1, 2}
	Ints(xs)
	Printf("%v %d\n", xs, len(xs))
}
