package os

import "io"

// Reading standard input through the runtime (compiler intrinsics: a
// body-less function named rt_NAME is the runtime's $rt_NAME).

// rt_read reads up to n (<= 4096) bytes of standard input into a runtime
// buffer and returns how many it read: 0 at end of input, -1 on error.
// It flushes buffered standard output first.
func rt_read(n int32) int32

// rt_read_byte returns byte i of the chunk the last rt_read read.
func rt_read_byte(i int32) int32

// maxStdinChunk is the most rt_read can read at once.
const maxStdinChunk = 4096

// Read reads up to len(b) bytes from the file into b and returns the number
// of bytes read and any error. At end of file, Read returns 0, io.EOF.
// Only standard input can be read.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if len(b) == 0 {
		return 0, nil
	}
	want := len(b)
	if want > maxStdinChunk {
		want = maxStdinChunk
	}
	got := rt_read(int32(want))
	if got < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if got == 0 {
		return 0, io.EOF
	}
	for i := int32(0); i < got; i++ {
		b[i] = byte(rt_read_byte(i))
	}
	return int(got), nil
}
