package main

import "fmt"

func main() {
	s := "abc"
	k := -1
	fmt.Println(s[0])
	fmt.Println(s[k+len(s)+1])
}
