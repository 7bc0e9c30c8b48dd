// Package errors is gowgc's errors: New, Is, Unwrap, Join and
// ErrUnsupported, with Go's semantics.
//
// As is left out: it stores into a target of any pointer type, which needs
// reflection (out of scope for gowgc).
package errors

// New returns an error whose Error method returns text. Each call returns a
// distinct error, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported indicates that a requested operation cannot be performed
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")
