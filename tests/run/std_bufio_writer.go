package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// logWriter records every Write call it receives.
type logWriter struct {
	calls []string
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// stringLogWriter also has WriteString.
type stringLogWriter struct {
	logWriter
}

func (w *stringLogWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "S:"+s)
	return len(s), nil
}

// shortWriter accepts at most max bytes per call, then fails after limit.
type shortWriter struct {
	max, limit int
	got        []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(w.got) >= w.limit {
		return 0, errors.New("disk full")
	}
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, p[:n]...)
	return n, nil
}

type chunkReader struct {
	data  string
	chunk int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := c.chunk
	if n > len(c.data) {
		n = len(c.data)
	}
	n = copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	n, err := w.WriteString("abc")
	fmt.Println(n, err, w.Available(), w.Buffered(), len(lw.calls))
	n, err = w.Write([]byte("defghij"))
	fmt.Println(n, err, w.Available(), w.Buffered(), lw.calls)
	n, err = w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(n, err, w.Buffered(), lw.calls)
	fmt.Println(w.WriteByte('!'), w.Buffered())
	for _, r := range "é世🙂x" {
		n, err = w.WriteRune(r)
		fmt.Println("rune", n, err, w.Buffered(), lw.calls)
	}
	n, err = w.WriteRune(-1)
	fmt.Println("rune -1", n, err, w.Buffered())
	fmt.Println(w.Flush(), w.Buffered(), w.Available())
	fmt.Printf("%q\n", lw.calls)
	fmt.Println(w.Flush())

	// WriteString goes straight to a StringWriter when the buffer is empty.
	sw := &stringLogWriter{}
	w = bufio.NewWriterSize(sw, 4)
	w.WriteString("this is long")
	w.WriteString("ab")
	w.WriteString("cdefgh")
	w.Flush()
	fmt.Printf("%q\n", sw.calls)

	// Errors are sticky; short writes are reported.
	sh := &shortWriter{max: 3, limit: 6}
	w = bufio.NewWriterSize(sh, 5)
	n, err = w.WriteString("hello")
	fmt.Println(n, err, w.Buffered())
	err = w.Flush()
	fmt.Println(err, w.Buffered(), string(sh.got))
	n, err = w.WriteString("world, more text")
	fmt.Println(n, err, w.Buffered(), string(sh.got))
	fmt.Println(w.Flush(), w.WriteByte('x'))
	n, err = w.WriteRune('é')
	fmt.Println(n, err)
	w.Reset(&logWriter{})
	fmt.Println(w.Buffered(), w.Available(), w.Flush())

	// Writing into a bytes.Buffer and a strings.Builder.
	var buf bytes.Buffer
	w = bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%d-%s|", 42, "x")
	for i := 0; i < 1000; i++ {
		w.WriteString("0123456789")
	}
	fmt.Println(buf.Len(), w.Buffered())
	w.Flush()
	fmt.Println(buf.Len(), w.Buffered())
	var sb strings.Builder
	w = bufio.NewWriterSize(&sb, 0)
	fmt.Println(w.Size())
	w.WriteString("builder")
	w.Flush()
	fmt.Println(sb.String())
	w2 := bufio.NewWriterSize(w, 100)
	fmt.Println(w2 == w, bufio.NewWriterSize(w, 10000) == w)

	// AvailableBuffer
	w = bufio.NewWriterSize(&buf, 32)
	b := w.AvailableBuffer()
	fmt.Println(len(b), cap(b))
	b = append(b, "appended"...)
	w.Write(b)
	fmt.Println(w.Buffered())

	// ReadFrom (io.Copy into a Writer)
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 8)
	m, err := io.Copy(w, &chunkReader{data: "the quick brown fox jumps", chunk: 5})
	fmt.Println(m, err, w.Buffered(), lw.calls)
	w.Flush()
	fmt.Printf("%q\n", lw.calls)
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 8)
	m, err = w.ReadFrom(&chunkReader{data: "exactly8", chunk: 8})
	fmt.Println(m, err, w.Buffered(), lw.calls)

	// ReadWriter
	rw := bufio.NewReadWriter(bufio.NewReader(&chunkReader{data: "in\nput", chunk: 2}), bufio.NewWriter(os.Stdout))
	line, err := rw.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rw.WriteString("through ReadWriter\n")
	fmt.Println("before flush")
	rw.Flush()

	// Stdout through a bufio.Writer
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "buffered line", i)
	}
}
