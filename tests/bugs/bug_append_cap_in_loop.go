package main

import "fmt"

// Go 1.27 gives a slice grown by append inside a loop a capacity of 6 on
// its first growth from 4 (its compiler backs such appends differently);
// gowgc follows runtime.growslice and gives 8, as Go itself does outside
// a loop. Found by the generator (seed 212630). The spec leaves capacity
// growth open, but programs print cap().
func f(p0 []int32) {
	for i, x := range p0 {
		p0 = append(p0, int32(37))
		fmt.Println(i, x, len(p0), cap(p0))
	}
}

func main() {
	f([]int32{1, 2, 3, 4})
}
