package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity of a Buffer's first allocation.
const smallBufferSize = 64

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom (kept for API compatibility; ReadFrom is not here yet).
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store
// data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

// errEOF is io.EOF: reads at the end of a Buffer return it.
var errEOF = io.EOF

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
// The zero value is an empty buffer ready to use.
type Buffer struct {
	buf []byte // the contents are buf[off:]
	off int    // where reading continues
	// lastRead is what the last operation was, for UnreadByte and
	// UnreadRune: 0 none, -1 a read, 1..4 ReadRune of that many bytes.
	lastRead int
}

const (
	opRead    = -1
	opInvalid = 0
)

// NewBuffer creates a Buffer holding buf; the Buffer takes ownership of it.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates a Buffer holding a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer (aliasing it).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty slice with b.Available() capacity, to be
// appended to and passed to an immediately following Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the unread portion of the buffer as a string, or "<nil>"
// for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Peek returns the next n unread bytes without advancing the buffer; if
// fewer than n are left it returns them all and an "EOF" error. The result
// aliases the buffer.
func (b *Buffer) Peek(n int) ([]byte, error) {
	if b.Len() < n {
		return b.buf[b.off:], errEOF
	}
	return b.buf[b.off : b.off+n], nil
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes are unused in the buffer.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate discards all but the first n unread bytes. It panics if n is
// negative or greater than the length of the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// extend makes room for n more bytes by reslicing when the capacity allows,
// returning where they start.
func (b *Buffer) extend(n int) (int, bool) {
	l := len(b.buf)
	if n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// grow makes room for n more bytes and returns where they start. The policy
// is Go's: a first small buffer of 64 bytes, then sliding the unread bytes
// to the front when that frees enough room, else a new slice of at least
// twice the capacity.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.extend(n); ok {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > maxInt-c-n {
		panic(ErrTooLarge)
	} else {
		b.buf = growSlice(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// growSlice returns a copy of s with room for n more bytes: the capacity is
// at least twice the old one, rounded up by append to an allocation size.
func growSlice(s []byte, n int) []byte {
	c := len(s) + n
	if c < 2*cap(s) {
		c = 2 * cap(s)
	}
	s2 := append([]byte(nil), make([]byte, c)...)
	k := copy(s2, s)
	return s2[:k]
}

// Grow grows the buffer's capacity, if necessary, so that n more bytes fit
// without another allocation. It panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends the contents of p to the buffer. It returns len(p), nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.extend(len(p))
	if !ok {
		m = b.grow(len(p))
	}
	return copy(b.buf[m:], p), nil
}

// WriteString appends the contents of s to the buffer. It returns len(s),
// nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.extend(len(s))
	if !ok {
		m = b.grow(len(s))
	}
	return copy(b.buf[m:], s), nil
}

// WriteByte appends the byte c to the buffer. It returns nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m, ok := b.extend(1)
	if !ok {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r to the buffer and returns its
// length and nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m, ok := b.extend(utf8.UTFMax)
	if !ok {
		m = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// Read reads the next len(p) bytes from the buffer, or until it is empty.
// At the end it returns 0 and an "EOF" error (nil if len(p) == 0).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.Len() <= 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, errEOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next returns a slice of the next n unread bytes (fewer if the buffer has
// fewer), advancing the buffer as if they had been read.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte reads and returns the next byte, or an "EOF" error at the end.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, errEOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded rune and its size; an
// invalid byte reads as (RuneError, 1). At the end it returns an "EOF"
// error.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, 0, errEOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = size
	return r, size, nil
}

// UnreadRune unreads the last rune returned by ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte unreads the last byte returned by the most recent successful
// read operation.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice reads up to and including the first delim, or to the end with
// an "EOF" error; the result aliases the buffer.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = errEOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes reads up to and including the first delim and returns a copy
// of the bytes; without delim it returns the rest and an "EOF" error.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	line = append(line, s...)
	return line, err
}

// ReadString reads up to and including the first delim; without delim it
// returns the rest and an "EOF" error.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.readSlice(delim)
	return string(s), err
}
