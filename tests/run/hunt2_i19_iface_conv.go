package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type ReadCloser interface {
	Read() string
	Close() error
}

type File struct {
	name   string
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) { f.data = append(f.data, s) }
func (f *File) Close() error {
	if f.closed {
		return CloseErr(f.name)
	}
	f.closed = true
	return nil
}

type CloseErr string

func (c CloseErr) Error() string { return "already closed: " + string(c) }

func drain(r Reader) []string {
	var out []string
	for s := r.Read(); s != ""; s = r.Read() {
		out = append(out, s)
	}
	return out
}

func main() {
	f := &File{name: "f"}
	var rw ReadWriter = f
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	var w Writer = rw
	w.Write("c")
	fmt.Println(drain(rw))
	if rc, ok := r.(ReadCloser); ok {
		fmt.Println(rc.Close(), rc.Close())
		err := rc.Close()
		if ce, ok := err.(CloseErr); ok {
			fmt.Println("closeErr", string(ce))
		}
	}
	rws := []ReadWriter{f, &File{name: "g", data: []string{"x"}}}
	for _, x := range rws {
		x.Write("z")
		fmt.Println(drain(x))
	}
}
