// Print, Println, Sprint, Sprintln, Fprint* to os.Stdout, os.Stderr and
// other writers, Append*, byte counts, and the spacing rules of Print.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "d", true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(S("x"), S("y"), 4, S("z"), "\n")
	fmt.Println("a", "b", 1, 2, nil, []int{1}, map[string]int{"k": 1})
	fmt.Println()
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%s\n", 42, "!")
	fmt.Println(n, err)
	n, err = fmt.Print("xyz\n")
	fmt.Println(n, err)

	s := fmt.Sprint("a", 1, 2, "b", "c", 3)
	fmt.Println(len(s), s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	fmt.Printf("%q %q\n", fmt.Sprint(), fmt.Sprintln())

	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Fprint(&sb, "|", 3, 4)
	fmt.Fprintln(&sb, "|", 5)
	fmt.Printf("%q\n", sb.String())

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%x", "hi")
	fmt.Fprintln(&buf, " there")
	fmt.Print(buf.String())

	c := &counter{}
	for i := 0; i < 5; i++ {
		fmt.Fprintf(c, "line %d\n", i)
	}
	fmt.Println(c.n, c.calls)

	b := fmt.Append([]byte("pre:"), 1, "x", 2)
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "|end")
	fmt.Printf("%q\n", b)

	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%5.2f|\n", 3.14159)
	fmt.Fprint(os.Stderr, "err", 3, "\n")
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())

	// Println of many kinds at once.
	fmt.Println(int8(-1), uint16(7), 2.5, float32(0.1), 'x', "s", []byte("b"), true, struct{}{}, [1]int{})
	// Long output built piece by piece.
	var parts []string
	for i := 0; i < 20; i++ {
		parts = append(parts, fmt.Sprintf("%02d:%x", i, i*i))
	}
	fmt.Println(strings.Join(parts, ","))
}
