// deferrecover: defer in a hot loop, with some calls panicking (explicit
// panics with errors and strings, and runtime errors: index out of range,
// nil map write, division by zero) and recovering.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var errOdd = errors.New("odd input")

type ParseError struct {
	pos int
	msg string
}

func (e *ParseError) Error() string { return "parse error at " + strconv.Itoa(e.pos) + ": " + e.msg }

type Counter struct {
	enter, exit int
}

func (c *Counter) track() func() {
	c.enter++
	return func() { c.exit++ }
}

// risky panics for some inputs, in different ways.
func risky(i int, table []int) int {
	switch {
	case i%97 == 0:
		panic(errOdd)
	case i%89 == 0:
		panic(&ParseError{i, "bad token"})
	case i%83 == 0:
		return table[i] // index out of range
	case i%79 == 0:
		var m map[string]int
		m["x"] = i // nil map write
	case i%73 == 0:
		z := i % 1
		return i / z // integer divide by zero
	case i%71 == 0:
		panic(fmt.Sprintf("string panic %d", i))
	}
	return table[i%len(table)] + i
}

func safeCall(c *Counter, i int, table []int) (result int, err error) {
	defer c.track()()
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = v
			case string:
				err = errors.New(v)
			default:
				err = fmt.Errorf("unknown panic %v", v)
			}
			result = -1
		}
	}()
	return risky(i, table), nil
}

// unlock-style defers that never panic.
type Lock struct{ held, ops int }

func (l *Lock) Lock()   { l.held++ }
func (l *Lock) Unlock() { l.held--; l.ops++ }

func withLock(l *Lock, x int) int {
	l.Lock()
	defer l.Unlock()
	if x%2 == 0 {
		return x / 2
	}
	return 3*x + 1
}

func nested(depth int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered at ", depth, ": ", r)
		}
	}()
	if depth == 0 {
		panic("bottom")
	}
	return nested(depth-1) + "."
}

// kindOf cuts an error message before its first digit or '['.
func kindOf(msg string) string {
	for i := 0; i < len(msg); i++ {
		if c := msg[i]; c == '[' || (c >= '0' && c <= '9') {
			return msg[:i]
		}
	}
	return msg
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	table := make([]int, 50)
	for i := range table {
		table[i] = i * i
	}
	c := &Counter{}
	sum := 0
	kinds := map[string]int{}
	var lastErr error
	for i := 1; i <= n; i++ {
		r, err := safeCall(c, i, table)
		if err != nil {
			var pe *ParseError
			switch {
			case errors.Is(err, errOdd):
				kinds["odd"]++
			case errors.As(err, &pe):
				kinds["parse"]++
			default:
				kinds[kindOf(err.Error())]++
			}
			lastErr = err
			continue
		}
		sum += r
	}
	fmt.Println("sum", sum, "enter", c.enter, "exit", c.exit)
	fmt.Println("kinds", kinds)
	fmt.Println("last", lastErr)

	l := &Lock{}
	x := 0
	for i := 0; i < n; i++ {
		x = withLock(l, x+i) % 1000003
	}
	fmt.Println("lock", x, l.held, l.ops)
	fmt.Println(nested(5))
}
