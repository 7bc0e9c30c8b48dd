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

type chunkReader struct {
	data  string
	chunk int
	err   error
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		if c.err != nil {
			return 0, c.err
		}
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

func cr(s string, chunk int) *chunkReader { return &chunkReader{data: s, chunk: chunk} }

type badReader struct{ n int }

func (b badReader) Read(p []byte) (int, error) { return b.n, nil }

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func scanAll(name string, s *bufio.Scanner) {
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, s.Err())
}

func main() {
	scanAll("lines", bufio.NewScanner(cr("one\ntwo\r\n\nthree\r\nfour", 3)))
	scanAll("lines-trailing", bufio.NewScanner(cr("a\nb\n", 1)))
	scanAll("lines-empty", bufio.NewScanner(cr("", 1)))
	scanAll("lines-cr", bufio.NewScanner(cr("x\r", 1)))

	s := bufio.NewScanner(cr("  hello   wörld\u00a0foo\u2003bar\tbaz\n  ", 4))
	s.Split(bufio.ScanWords)
	scanAll("words", s)

	s = bufio.NewScanner(cr("aé世\xffz\xe4\xb8", 1))
	s.Split(bufio.ScanRunes)
	scanAll("runes", s)

	s = bufio.NewScanner(cr("héj", 2))
	s.Split(bufio.ScanBytes)
	scanAll("bytes", s)

	// Bytes shares the buffer; Text copies.
	s = bufio.NewScanner(cr("first\nsecond\n", 100))
	s.Scan()
	b := s.Bytes()
	fmt.Printf("%q %d\n", b, len(s.Bytes()))

	// Too long tokens.
	long := strings.Repeat("x", 100)
	s = bufio.NewScanner(cr("short\n"+long+"\nafter\n", 7))
	s.Buffer(make([]byte, 10), 50)
	scanAll("toolong", s)
	fmt.Println(s.Err() == bufio.ErrTooLong)

	s = bufio.NewScanner(cr(long+"\n", 7))
	s.Buffer(make([]byte, 0, 16), 200)
	scanAll("grown", s)

	big := strings.Repeat("y", bufio.MaxScanTokenSize+5)
	s = bufio.NewScanner(cr(big, 1000))
	scanAll("default max", s)
	fmt.Println(bufio.MaxScanTokenSize)

	// Custom split: comma separated with ErrFinalToken at "STOP".
	s = bufio.NewScanner(cr("a,b,STOP,c,d", 2))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	scanAll("final", s)
	fmt.Println(s.Scan())

	// ErrFinalToken with a nil token stops at once.
	s = bufio.NewScanner(cr("a,b", 2))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, bufio.ErrFinalToken
	})
	scanAll("final-nil", s)

	// Empty final token.
	s = bufio.NewScanner(cr("a,b,", 2))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	})
	scanAll("final-empty", s)

	// Split errors.
	myErr := errors.New("my split error")
	s = bufio.NewScanner(cr("abc", 1))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) >= 2 {
			return 0, nil, myErr
		}
		return 0, nil, nil
	})
	scanAll("spliterr", s)
	s = bufio.NewScanner(cr("abc", 3))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negadv", s)
	s = bufio.NewScanner(cr("abc", 3))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	scanAll("toofar", s)

	// Reader errors.
	s = bufio.NewScanner(&chunkReader{data: "l1\nl2", chunk: 3, err: errors.New("read failed")})
	scanAll("readerr", s)
	scanAll("badcount", bufio.NewScanner(badReader{-1}))
	scanAll("badcount2", bufio.NewScanner(badReader{1 << 20}))
	scanAll("noprogress", bufio.NewScanner(emptyReader{}))

	// Panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(cr("x\ny", 1))
		s.Scan()
		s.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(cr("x\ny", 1))
		s.Scan()
		s.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(cr("", 1))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n := 0
		for s.Scan() {
			n++
		}
		fmt.Println("unreachable", n)
	}()

	// Errors' text.
	for _, e := range []error{bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken, bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune} {
		fmt.Println(e)
	}

	// Standard input (empty in the test corpus).
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
	}
	fmt.Println("stdin lines:", lines, in.Err())
}
