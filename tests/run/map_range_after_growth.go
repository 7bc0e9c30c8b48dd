package main

import "fmt"

func main() {
	// Entries deleted during range, before being reached, must not be
	// produced, even when an insert during the range grew the map.
	m := map[int]int{0: 0, 1: 0, 2: 0, 3: 0}
	deleted := 0
	first := true
	for k := range m {
		if _, ok := m[k]; !ok {
			deleted++
		}
		if first {
			first = false
			for j := 100; j < 120; j++ {
				m[j] = j
			}
			for j := 0; j < 4; j++ {
				if j != k {
					delete(m, j)
				}
			}
		}
	}
	fmt.Println(deleted, len(m))
	// Values updated during range must be produced as updated.
	n := map[int]int{0: 0, 1: 0, 2: 0, 3: 0}
	first = true
	stale := 0
	for k, v := range n {
		if first {
			first = false
			for j := 100; j < 120; j++ {
				n[j] = j
			}
			for j := 0; j < 4; j++ {
				n[j] = 1
			}
			continue
		}
		if k < 4 && v != 1 {
			stale++
		}
	}
	fmt.Println(stale)
}
