package main

import "fmt"

type Customer struct {
	id      int
	arrival int
	service int
}

type Teller struct {
	busyUntil int
	served    []int
}

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func main() {
	r := &rng{88172645463325252}
	var queue []Customer
	t := 0
	for i := 0; i < 25; i++ {
		t += r.intn(4)
		queue = append(queue, Customer{i, t, 1 + r.intn(6)})
	}
	tellers := make([]Teller, 3)
	totalWait := 0
	maxWait := 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		best := 0
		for i := range tellers {
			if tellers[i].busyUntil < tellers[best].busyUntil {
				best = i
			}
		}
		tl := &tellers[best]
		start := max(c.arrival, tl.busyUntil)
		wait := start - c.arrival
		totalWait += wait
		maxWait = max(maxWait, wait)
		tl.busyUntil = start + c.service
		tl.served = append(tl.served, c.id)
	}
	for i, tl := range tellers {
		fmt.Println("teller", i, "until", tl.busyUntil, "served", tl.served)
	}
	fmt.Println("avg wait", float64(totalWait)/25, "max", maxWait)
	fmt.Println(r.next(), r.intn(1000))
}
