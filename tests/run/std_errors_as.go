package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Temporary interface {
	error
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

type asker struct{}

func (asker) Error() string { return "asker" }
func (asker) As(target any) bool {
	if p, ok := target.(*Code); ok {
		*p = 99
		return true
	}
	return false
}

func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"k"})
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	var c Code
	fmt.Println(errors.As(err, &c), c)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("mid: %w", Code(7)))
	fmt.Println(errors.As(wrapped, &c), c)
	var tmp Temporary
	j := errors.Join(errors.New("a"), fmt.Errorf("b: %w", timeout{}))
	fmt.Println(errors.As(j, &tmp), tmp.Temporary(), tmp)
	fmt.Println(errors.As(asker{}, &c), c)
	var e2 error
	fmt.Println(errors.As(err, &e2), e2)
	_, perr := strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err)
	fmt.Println(errors.As(nil, &c))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, nf)
}
