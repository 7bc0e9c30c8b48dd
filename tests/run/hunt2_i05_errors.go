package main

import "fmt"

type NotFound struct {
	Key string
}

func (n NotFound) Error() string { return "not found: " + n.Key }

type Temp struct{ msg string }

func (t *Temp) Error() string { return "temp: " + t.msg }
func (t *Temp) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "t":
		return 0, &Temp{"try again"}
	}
	return 0, NotFound{k}
}

func mayFail(n int) error {
	var t *Temp
	if n > 0 {
		return nil
	}
	if n < -5 {
		return t
	}
	return &Temp{"neg"}
}

func main() {
	for _, k := range []string{"a", "b", "t"} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("key was", nf.Key)
			}
			if t, ok := err.(temporary); ok {
				fmt.Println("temporary", t.Temporary())
			}
			continue
		}
		fmt.Println("value", v)
	}
	fmt.Println(mayFail(1) == nil, mayFail(-1) == nil, mayFail(-10) == nil)
	err := mayFail(-1)
	fmt.Println(err)
}
