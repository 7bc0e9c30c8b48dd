package main

import "fmt"

func split(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == ',' || c == '.' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func main() {
	text := "the quick brown fox jumps over the lazy dog. the dog barks, the fox runs.\nquick quick"
	counts := make(map[string]int)
	for _, w := range split(text) {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["the"], counts["quick"], counts["missing"])
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	byCount := map[int][]string{}
	for _, k := range keys {
		byCount[counts[k]] = append(byCount[counts[k]], k)
	}
	fmt.Println(byCount)
}
