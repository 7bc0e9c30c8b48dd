package main

import "fmt"

func main() {
	// Go overwrites the stored key on assignment to an existing float key,
	// so the key printed is the last one stored: -0.
	zero := 0.0
	m := map[float64]string{0: "pos"}
	m[-zero] = "neg"
	fmt.Println(m)
}
