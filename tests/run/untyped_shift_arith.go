package main

import "fmt"

func main() {
	var rl uint64 = 100
	k1 := 3
	x := rl & (1<<k1 - 1)
	var b uint64 = 5
	b |= 1 << k1
	b &^= 1<<uint(k1) | 1
	y := uint32(1<<k1 - 1)
	var z int64 = 1<<k1 + 2*3
	fmt.Println(x, b, y, z)
}
