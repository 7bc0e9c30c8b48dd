// Package os is gowgc's os: the standard files (writing only), Exit, Args
// and the environment, with Go's semantics, on top of the WASI intrinsics
// in intrinsics.go.
package os

import "errors"

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var errBadFd = errors.New("bad file descriptor")

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// File is an open file descriptor. Only the standard files exist; only
// standard output and standard error can be written.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout and Stderr are the standard input, output and error files.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file. It returns the number of bytes written and
// an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkWrite(); err != nil {
		return 0, err
	}
	writeFd(f.fd, string(b))
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkWrite(); err != nil {
		return 0, err
	}
	writeFd(f.fd, s)
	return len(s), nil
}

func (f *File) checkWrite() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if f.fd != 1 && f.fd != 2 {
		return &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return nil
}

// Close closes the file; later writes fail.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// Args hold the command-line arguments, starting with the program name.
var Args []string = args()

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	exit(code)
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key and reports whether the variable is present.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}
