package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(1, 0, 2)
	fmt.Println(q, r)
	hi := uint64(3)
	fmt.Println(bits.Div64(hi, 0, 3))
}
