package main

import (
	"fmt"
	"sort"
)

type byLen []string

var log []string

func (s byLen) Len() int { return len(s) }
func (s byLen) Less(i, j int) bool {
	log = append(log, fmt.Sprint("L", i, j))
	return len(s[i]) < len(s[j])
}
func (s byLen) Swap(i, j int) {
	log = append(log, fmt.Sprint("S", i, j))
	s[i], s[j] = s[j], s[i]
}

func main() {
	words := byLen{"ccc", "a", "bb", "dd", "e", "fff", "g", "hh", "iii", "j", "kk", "lll", "m", "nn", "ooo"}
	sort.Sort(words)
	fmt.Println(words)
	for _, l := range log {
		fmt.Println(l)
	}
}
