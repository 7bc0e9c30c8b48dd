package main

import "fmt"

const iterations = 3000000
const size = 1024
const ring = 8

func main() {
	// allocates ~3 GiB in total, but only ring*size bytes stay live
	var keep [ring][]byte
	var sum uint64
	for i := 0; i < iterations; i++ {
		b := make([]byte, size)
		b[0] = byte(i)
		b[size-1] = byte(i >> 8)
		b[i%size] ^= 0x5a
		keep[i%ring] = b
		old := keep[(i+1)%ring]
		if old != nil {
			sum += uint64(old[0]) + uint64(old[size-1])*3 + uint64(old[i%size])
		}
	}
	total := uint64(0)
	for _, b := range keep {
		for _, x := range b {
			total += uint64(x)
		}
	}
	fmt.Println(sum, total, len(keep[0]))
	fmt.Println("allocated MiB:", iterations*size/(1<<20))
}
