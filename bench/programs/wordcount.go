// wordcount: maps with string keys. Generates a pseudo-random text from a
// syllable table, counts words and bigrams in map[string]int, and prints the
// most frequent ones.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var syllables = []string{
	"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "den", "gar",
	"pol", "ix", "um", "bra", "ze", "qu", "fa", "ho",
}

type entry struct {
	word  string
	count int
}

func top(m map[string]int, k int) []entry {
	es := make([]entry, 0, len(m))
	for w, c := range m {
		es = append(es, entry{w, c})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].count != es[j].count {
			return es[i].count > es[j].count
		}
		return es[i].word < es[j].word
	})
	if len(es) > k {
		es = es[:k]
	}
	return es
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	// Build the text.
	var sb strings.Builder
	seed := uint32(7)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		nsyl := 1 + int(seed>>29)%3
		for j := 0; j < nsyl; j++ {
			seed = seed*1664525 + 1013904223
			// Skewed choice: square the random value.
			r := int(seed>>16) % 1024
			sb.WriteString(syllables[r*r/1024*len(syllables)/1024])
		}
		if seed%11 == 0 {
			sb.WriteString(". ")
		} else {
			sb.WriteByte(' ')
		}
	}
	text := sb.String()

	words := map[string]int{}
	bigrams := map[string]int{}
	prev := ""
	for _, sentence := range strings.Split(text, ".") {
		prev = ""
		for _, w := range strings.Fields(sentence) {
			words[w]++
			if prev != "" {
				bigrams[prev+" "+w]++
			}
			prev = w
		}
	}
	// Delete rare words.
	deleted := 0
	for w, c := range words {
		if c == 1 {
			delete(words, w)
			deleted++
		}
	}
	fmt.Println("text bytes", len(text))
	fmt.Println("distinct words", len(words), "deleted", deleted, "bigrams", len(bigrams))
	for _, e := range top(words, 5) {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}
	for _, e := range top(bigrams, 3) {
		fmt.Printf("%-20s %d\n", e.word, e.count)
	}
	_, ok := words["zzz"]
	fmt.Println("lookup", words["ka"], words["kaka"], ok)
}
