package main

import (
	"fmt"
	"math"
)

const (
	two64 = 1.0 * (1 << 32) * (1 << 32)
	max32 = math.MaxFloat32
	ulp32 = max32 / ((1 << 24) - 1) // 2^104
)

func main() {
	// Just below the midpoint past the largest float32: still representable.
	var a float32 = max32 + ulp32/2 - ulp32/two64
	// Just above a midpoint between two float32s: rounds up, once.
	var b float32 = 1 + 1.0/(1<<24) + 1.0/(1<<60)
	// Exactly a midpoint: ties to even.
	var c float32 = 1 + 1.0/(1<<24)
	var d float32 = 1 + 3.0/(1<<24)
	e := float32(0.1)
	fmt.Println(math.Float32bits(a), math.Float32bits(b), math.Float32bits(c), math.Float32bits(d), math.Float32bits(e))
	fs := []float32{max32 + ulp32/2 - ulp32/two64, 1 + 1.0/(1<<24) + 1.0/(1<<60), 1 + 1.0/(1<<24), 0.1, -0.1, 16777217, 1e-45, 3.4028235e38, 1, 2, 3, 4, 5, 6, 7, 8}
	for _, f := range fs[:8] {
		fmt.Print(math.Float32bits(f), " ")
	}
	fmt.Println()
}
