// fmt.Errorf: %w wrapping (one or several), errors.Is / Unwrap / As
// through wrapped errors, and bad uses of %w.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key")
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	e1 := find("k")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e0 := find("")
	fmt.Println(e0, errors.Unwrap(e0) == nil, errors.Is(e0, ErrNotFound))

	q := &QueryError{"select", ErrNotFound}
	e2 := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", q))
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound))
	for e := e2; e != nil; e = errors.Unwrap(e) {
		if qe, ok := e.(*QueryError); ok {
			fmt.Println("found:", qe.Query)
		}
	}

	other := errors.New("other")
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, other)
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrNotFound), errors.Is(multi, other), errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == ErrNotFound, u.Unwrap()[1] == other)
	}
	rev := fmt.Errorf("%[2]w then %[1]w", ErrNotFound, other)
	if u, ok := rev.(interface{ Unwrap() []error }); ok {
		fmt.Println(rev, u.Unwrap()[0] == ErrNotFound)
	}
	dup := fmt.Errorf("%[1]w %[1]w", other)
	fmt.Println(dup, errors.Unwrap(dup) == other)

	fmt.Println(fmt.Errorf("not an error: %w", 42))
	fmt.Println(fmt.Errorf("nil: %w", nil), errors.Unwrap(fmt.Errorf("nil: %w", nil)) == nil)
	fmt.Println(fmt.Errorf("string: %w", "s"))
	fmt.Println(fmt.Errorf("verbs %+w %#w %10w|", other, other, other))
	fmt.Println(fmt.Errorf("%v and %d", other, 3))
	fmt.Println(fmt.Errorf("missing %w"))
	fmt.Println(fmt.Sprintf("sprintf %w", other))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	fmt.Println(errors.Join(e1, nil, other))
	fmt.Println(errors.Is(fmt.Errorf("j: %w", errors.Join(other, ErrNotFound)), ErrNotFound))
	wrapped := fmt.Errorf("ctx: %w", e2)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
}
