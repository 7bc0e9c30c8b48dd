package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// chunkReader returns its data a few bytes at a time, then a final error.
type chunkReader struct {
	data  string
	chunk int
	err   error
	calls int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.calls++
	if len(c.data) == 0 {
		return 0, c.err
	}
	n := c.chunk
	if n > len(c.data) {
		n = len(c.data)
	}
	n = copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

func newChunk(s string, chunk int) *chunkReader {
	return &chunkReader{data: s, chunk: chunk, err: io.EOF}
}

// emptyReader never returns data or an error.
type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func main() {
	// ReadString / ReadBytes
	r := bufio.NewReader(newChunk("alpha\nbeta\r\ngamma", 3))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(newChunk("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,bb,", 7), 16)
	fmt.Println("size", r.Size())
	for {
		b, err := r.ReadBytes(',')
		fmt.Printf("ReadBytes %q %v\n", b, err)
		if err != nil {
			break
		}
	}

	// ReadLine with a small buffer
	r = bufio.NewReaderSize(newChunk("short\nthis line is longer than sixteen bytes\r\nx\r\n\nlast", 5), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	// ReadSlice buffer full
	r = bufio.NewReaderSize(newChunk("0123456789abcdefghij\n", 4), 10)
	line, err := r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", line, err)
	line, err = r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", line, err)

	// ReadRune / UnreadRune / ReadByte / UnreadByte
	r = bufio.NewReader(newChunk("héllo, 世界\xff!", 2))
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end", err)
			break
		}
		fmt.Printf("rune %q %d\n", c, size)
		if c == 'é' {
			fmt.Println("unread", r.UnreadRune(), r.UnreadRune())
			c, size, err = r.ReadRune()
			fmt.Printf("again %q %d %v\n", c, size, err)
		}
	}
	fmt.Println("UnreadByte after EOF", r.UnreadByte())
	r = bufio.NewReader(newChunk("xyz", 1))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(string(c), err, r.UnreadByte(), r.UnreadByte())
	c, err = r.ReadByte()
	fmt.Println(string(c), err, r.UnreadRune())
	fmt.Println(r.Buffered())

	// Peek
	r = bufio.NewReaderSize(newChunk("peekaboo world, a longer text", 3), 16)
	p, err := r.Peek(4)
	fmt.Printf("Peek %q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("Peek %q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("Peek %q %v\n", p, err)
	n, err := r.Discard(5)
	fmt.Println("Discard", n, err)
	p, err = r.Peek(16)
	fmt.Printf("Peek %q %v\n", p, err)
	n, err = r.Discard(100)
	fmt.Println("Discard", n, err)
	n, err = r.Discard(-1)
	fmt.Println("Discard", n, err)
	p, err = r.Peek(1)
	fmt.Printf("Peek %q %v\n", p, err)

	// Read
	r = bufio.NewReaderSize(newChunk("0123456789abcdefghijklmnopqrstuvwxyz", 10), 16)
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(newChunk("0123456789abcdefghijklmnopqrstuvwxyz", 30), 16)
	big := make([]byte, 20)
	n, err = r.Read(big)
	fmt.Printf("big Read %d %q %v\n", n, big[:n], err)
	fmt.Println("UnreadByte", r.UnreadByte())
	n, err = r.Read(big)
	fmt.Printf("big Read %d %q %v\n", n, big[:n], err)
	n, err = r.Read(nil)
	fmt.Println("Read nil", n, err)

	// A custom error is passed through once.
	r = bufio.NewReader(&chunkReader{data: "abc", chunk: 2, err: errors.New("boom")})
	all, err := io.ReadAll(r)
	fmt.Printf("ReadAll %q %v\n", all, err)
	_, err = r.ReadByte()
	fmt.Println("after", err)

	// No progress
	r = bufio.NewReader(emptyReader{})
	_, err = r.ReadByte()
	fmt.Println("empty", err)

	// WriteTo
	var out bytes.Buffer
	r = bufio.NewReaderSize(newChunk("write to me please, this is longer than the buffer", 6), 16)
	r.Peek(3)
	m, err := r.WriteTo(&out)
	fmt.Printf("WriteTo %d %v %q\n", m, err, out.String())
	out.Reset()
	m, err = io.Copy(&out, bufio.NewReader(newChunk("via copy", 3)))
	fmt.Printf("Copy %d %v %q\n", m, err, out.String())

	// NewReaderSize returns the same reader when big enough.
	r = bufio.NewReaderSize(newChunk("", 1), 64)
	fmt.Println(bufio.NewReaderSize(r, 32) == r, bufio.NewReaderSize(r, 128) == r, bufio.NewReaderSize(r, 1).Size())
	r2 := bufio.NewReaderSize(newChunk("", 1), 2)
	fmt.Println(r2.Size())

	// Reset
	r = bufio.NewReader(newChunk("first", 5))
	r.ReadByte()
	r.Reset(newChunk("second", 6))
	s, err := r.ReadString(0)
	fmt.Printf("Reset %q %v %d\n", s, err, r.Size())
	var zr bufio.Reader
	zr.Reset(newChunk("zero value", 4))
	s, err = zr.ReadString(' ')
	fmt.Printf("zero %q %v %d\n", s, err, zr.Size())
}
