package main

import "fmt"

type Buf struct {
	Data [4]int
}

func main() {
	var b Buf
	idx := []int{0, 3, 1, 2, 4, 5}
	for n, i := range idx {
		b.Data[i] = n + 1
		fmt.Println(b.Data)
	}
}
