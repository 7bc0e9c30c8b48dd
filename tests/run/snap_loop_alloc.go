package main

import "fmt"

type pair struct {
	k byte
	p float64
}

// The loop variable a and buf do not escape: one object each, allocated on
// entry. q escapes (its address is kept), so each iteration allocates.
func main() {
	ps := []pair{{'a', 0.5}, {'b', 0.25}, {'c', 0.25}}
	var kept []*pair
	sum := 0.0
	for i := 0; i < 3; i++ {
		for _, a := range ps {
			sum += a.p
		}
		var buf [4]int
		buf[i] = i
		q := ps[i]
		q.p *= 2
		kept = append(kept, &q)
		fmt.Println(buf[0], buf[1], buf[2], buf[3])
	}
	fmt.Println(sum, kept[0].p, kept[1].p, kept[2].k)
}
