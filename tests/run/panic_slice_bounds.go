package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	for i := range s {
		s[i] = i
	}
	for hi := 3; hi < 8; hi++ {
		t := s[1:hi]
		fmt.Println(t, len(t), cap(t))
	}
}
