package main

import "fmt"

func main() {
	s := make([]byte, 2, 4)
	fmt.Println(len(s[:4]))
	hi := 5
	_ = s[:hi]
}
