package main

import (
	"errors"
	"fmt"
)

type W struct {
	E error
	X any
	S fmt.Stringer
}

type Errs []error

type Table map[string]error

func sum(xs ...int) int { return len(xs) }

func main() {
	fmt.Printf("%T\n", sum)
	fmt.Printf("%T\n", func(a string, b ...any) {})
	fmt.Printf("%T\n", func(...[]string) (int, error) { return 0, nil })
	fmt.Printf("%T\n", []func(...int){})
	fmt.Printf("%#v\n", W{})
	fmt.Printf("%#v\n", W{E: errors.New("x")}.X)
	fmt.Printf("%#v\n", Errs{nil, nil})
	fmt.Printf("%#v\n", Table{"a": nil})
	fmt.Printf("%#v\n", []W{{}})
	fmt.Printf("%#v\n", struct{ E error }{})
	fmt.Printf("%v %+v\n", W{}, W{})
}
