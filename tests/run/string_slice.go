package main

import "fmt"

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	out := []string{}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return s[i:j]
}

func main() {
	s := "hello, world"
	fmt.Println(s[0:5], s[7:], s[:0] == "", s[3:8], len(s[3:8]))
	fmt.Println(indexByte(s, 'w'), indexByte(s, 'z'), index(s, "lo, w"), index(s, "xyz"))

	parts := split("a,b,,c,", ',')
	fmt.Println(parts, len(parts))
	for _, p := range split("key=value=x", '=') {
		fmt.Print("[", p, "]")
	}
	fmt.Println()

	fmt.Println("["+trimSpace("  \t padded  ")+"]", "["+trimSpace("   ")+"]")

	// slicing multibyte strings at byte offsets
	u := "aé世b"
	fmt.Println(len(u), u[1:3], u[3:6], u[6:], len(u[1:3]))

	// substring shares no mutable state; slicing twice
	sub := s[2:10][1:4]
	fmt.Println(sub)

	// prefix/suffix checks
	fname := "archive.tar.gz"
	fmt.Println(len(fname) >= 3 && fname[len(fname)-3:] == ".gz", fname[:7] == "archive")

	// count occurrences
	text := "abababab"
	cnt := 0
	for i := 0; i+3 <= len(text); i++ {
		if text[i:i+3] == "aba" {
			cnt++
		}
	}
	fmt.Println(cnt)
}
