package main

import (
	"fmt"
	"os"
)

type State struct {
	Steps int
	Log   []string
}

func (s *State) Step(name string) {
	s.Steps++
	s.Log = append(s.Log, name)
	if s.Steps == 3 {
		fmt.Println(s.Log)
		println("exiting from depth", depth(s.Steps))
		os.Exit(s.Steps)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	var st State
	names := []string{"init", "load", "run", "save"}
	for _, n := range names {
		st.Step(n)
		fmt.Println("after", n)
	}
	fmt.Println("unreachable")
}
