package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	n, err := b.WriteString("hello")
	fmt.Println(n, err, b.Len(), b.Cap(), b.String())
	fmt.Println(b.WriteByte(' '))
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	n, _ = b.WriteRune(-5)
	fmt.Println(n)
	n, _ = b.Write([]byte("!!"))
	fmt.Println(n, b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= b.Len()+100)
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")

	// Capacities follow Go's growth.
	var c strings.Builder
	for i := 0; i < 40; i++ {
		c.WriteString("abc")
		fmt.Print(c.Cap(), " ")
	}
	fmt.Println()
	var g strings.Builder
	for _, n := range []int{0, 1, 5, 10, 100, 3, 1000} {
		g.Grow(n)
		g.WriteString("xy")
		fmt.Print(g.Len(), "/", g.Cap(), " ")
	}
	fmt.Println()

	// Build a table.
	var t strings.Builder
	for i := 1; i <= 5; i++ {
		for j := 1; j <= 5; j++ {
			if j > 1 {
				t.WriteByte('\t')
			}
			t.WriteString(strings.Repeat("*", i*j%7))
		}
		t.WriteByte('\n')
	}
	fmt.Print(t.String())

	// A Builder behind a pointer may be passed around and copied as a
	// pointer.
	p := &strings.Builder{}
	write := func(w *strings.Builder, s string) { w.WriteString(s) }
	write(p, "via ")
	write(p, "pointer")
	fmt.Println(p.String())

	// Copying a zero Builder is allowed.
	var z strings.Builder
	z2 := z
	z2.WriteString("ok")
	fmt.Println(z2.String(), z.String() == "")
}
