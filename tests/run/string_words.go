package main

import "fmt"

type WordCount struct {
	Word  string
	Count int
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		sep := i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '.' || s[i] == ','
		if sep {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func main() {
	text := `the cat sat on the mat.
the dog sat, too. a cat, a dog`
	ws := words(text)
	fmt.Println(len(ws), ws)

	var counts []WordCount
	for _, w := range ws {
		found := false
		for i := range counts {
			if counts[i].Word == w {
				counts[i].Count++
				found = true
				break
			}
		}
		if !found {
			counts = append(counts, WordCount{w, 1})
		}
	}
	// sort by count desc, then word asc
	for i := 1; i < len(counts); i++ {
		for j := i; j > 0; j-- {
			a, b := counts[j-1], counts[j]
			if b.Count > a.Count || (b.Count == a.Count && b.Word < a.Word) {
				counts[j-1], counts[j] = b, a
			} else {
				break
			}
		}
	}
	fmt.Println(counts)

	longest := ""
	for _, w := range ws {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(longest, len(words("")), len(words("   ")))
}
