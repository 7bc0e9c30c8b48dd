package main

import "fmt"

func main() {
	a := append([]int(nil), 1, 2)
	b := []byte(nil)
	fmt.Println(a, len(b), b == nil, string([]byte(nil)) == "")
}
