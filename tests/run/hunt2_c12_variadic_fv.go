package main

import "fmt"

type Handler func(args ...string) (string, error)

type Cmd struct {
	name string
	h    Handler
}

type UsageErr struct{ cmd string }

func (u UsageErr) Error() string { return "usage: " + u.cmd }

func join(args ...string) (string, error) {
	out := ""
	for i, a := range args {
		if i > 0 {
			out += ","
		}
		out += a
	}
	return out, nil
}

func main() {
	cmds := []Cmd{
		{"join", join},
		{"first", func(args ...string) (string, error) {
			if len(args) == 0 {
				return "", UsageErr{"first"}
			}
			return args[0], nil
		}},
		{"count", func(args ...string) (string, error) {
			return string(rune('0' + len(args))), nil
		}},
	}
	inputs := [][]string{{}, {"a"}, {"x", "y", "z"}}
	for _, c := range cmds {
		for _, in := range inputs {
			out, err := c.h(in...)
			if err != nil {
				fmt.Println(c.name, "err", err)
				continue
			}
			fmt.Println(c.name, in, "->", out)
		}
	}
	r, _ := cmds[0].h("p", "q")
	fmt.Println(r)
	pair := func() (int, string) { return 1, "one" }
	n, s := pair()
	fmt.Println(n, s)
}
