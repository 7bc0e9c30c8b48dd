package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// A value error type with an Is method: matches any code-carrying error
// with the same code.
type codeErr struct{ code int }

func (e codeErr) Error() string { return "code error" }
func (e codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code == e.code
}

// Not comparable: Is must not panic on it.
type listErr []string

func (e listErr) Error() string { return "list error" }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1.Error(), e1 == e2, e1 == e1)
	fmt.Println(errors.ErrUnsupported)

	wrapped := &PathError{"open", "/tmp/x", ErrNotFound}
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil) == nil)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, e1), errors.Is(ErrNotFound, ErrNotFound))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	deep := &PathError{"read", "a", &PathError{"stat", "b", codeErr{7}}}
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, codeErr{7}), errors.Is(deep, codeErr{8}), errors.Is(deep, ErrNotFound))

	var l1 error = listErr{"a"}
	fmt.Println(errors.Is(l1, l1), errors.Is(&PathError{"x", "y", l1}, listErr{"a"}), errors.Is(l1, e1))

	j := errors.Join(e1, nil, wrapped)
	fmt.Println(j)
	fmt.Println("---")
	fmt.Println(errors.Is(j, ErrNotFound), errors.Is(j, e1), errors.Is(j, e2))
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == e1)
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(e1)
	fmt.Println(one, one == e1, errors.Is(one, e1))
	nested := errors.Join(errors.Join(e1, e2), codeErr{3})
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, codeErr{3}), errors.Is(nested, e2), errors.Is(nested, codeErr{4}))
	m := multi{[]error{nil, e2, wrapped}}
	fmt.Println(errors.Is(m, ErrNotFound), errors.Is(m, e1), errors.Is(multi{}, e1))

	// Walk a chain by hand.
	var err error = deep
	for err != nil {
		fmt.Println("chain:", err)
		err = errors.Unwrap(err)
	}
}
