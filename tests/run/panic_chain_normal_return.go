package main

import "fmt"

type State struct{ n int }

func (s *State) Close() {
	fmt.Println("Close with n =", s.n)
	if s.n > 2 {
		panic("close failed")
	}
}

func use(n int) (res int) {
	s := &State{}
	defer fmt.Println("use deferred print, res arg was", res)
	defer s.Close()
	s.n = n
	return n * 100
}

func main() {
	fmt.Println("use(1) =", use(1))
	fmt.Println("use(2) =", use(2))
	fmt.Println("use(3) =", use(3))
	fmt.Println("not reached")
}
