package main

import "fmt"

type Entry struct {
	key   string
	vals  []int
	child *Entry
}

func main() {
	var entries []*Entry
	for i := 0; i < 2000; i++ {
		e := &Entry{key: string(rune('A'+i%26)) + string(rune('a'+i%7))}
		for j := 0; j < i%10; j++ {
			e.vals = append(e.vals, i*j)
		}
		if i%3 == 0 && len(entries) > 0 {
			e.child = entries[len(entries)-1]
		}
		if i%5 != 0 {
			entries = append(entries, e)
		}
		if len(entries) > 100 {
			entries = entries[50:]
		}
	}
	total := 0
	depth := 0
	for _, e := range entries {
		total += len(e.vals) + len(e.key)
		for c := e.child; c != nil; c = c.child {
			depth++
		}
	}
	fmt.Println(len(entries), total, depth, entries[0].key, entries[len(entries)-1].vals)
	var bufs [][]byte
	for i := 0; i < 500; i++ {
		b := make([]byte, i%64+1)
		for k := range b {
			b[k] = byte('a' + (i+k)%26)
		}
		bufs = append(bufs, b)
		if len(bufs) > 8 {
			bufs = bufs[1:]
		}
	}
	s := ""
	for _, b := range bufs {
		s += string(b[:3])
	}
	fmt.Println(s, len(bufs))
}
