// The io package (WriteString, ReadAll, ReadFull, Copy, Discard) and fmt
// writing through io.Writer values.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	var b bytes.Buffer
	n, err := io.WriteString(&b, "hello")
	fmt.Println(n, err, b.String())
	data, err := io.ReadAll(&slowReader{s: "abcdef"})
	fmt.Println(string(data), err)
	buf := make([]byte, 4)
	n, err = io.ReadFull(&slowReader{s: "xy"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&slowReader{s: ""}, buf)
	fmt.Println(n, err)
	w, err := io.Copy(&b, &slowReader{s: "123"})
	fmt.Println(w, err, b.String())
	fmt.Fprintln(io.Discard, "nothing")
	var wr io.Writer = os.Stdout
	fmt.Fprintf(wr, "%s\n", strings.Repeat("=", 5))
	io.WriteString(os.Stdout, "via WriteString\n")
}
