package main

import "fmt"

type multiErr struct{ lines []string }

func (m multiErr) Error() string {
	s := ""
	for i, l := range m.lines {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}

func main() {
	defer func() {
		fmt.Println("second defer panics with a multi-line error")
		panic(multiErr{[]string{"first line", "second line", "third line"}})
	}()
	defer fmt.Println("first deferred print")
	panic("top line\nbottom line")
}
