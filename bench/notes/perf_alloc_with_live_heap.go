// PERFORMANCE note, not a correctness bug (output is right on both backends).
//
// On --backend gc, short-lived allocations get much slower as soon as some
// heap data stays live, and the gc backend allocates where Go does not:
// `for _, a := range cum` over a []Acid copies each element into a freshly
// allocated $main.Acid struct ($gc.new.main.Acid + $gc.copy.main.Acid per
// iteration), although `a` is only read.
//
// Found via bench/programs/fasta.go (full size: gc ~19 s, linear ~2 s;
// replacing the range loop by `cum[k].p` indexing brings gc to ~1.7 s).
// Measured with `gowgc run` (includes compile time, machine loaded):
//   live=0      : gc 0.45 s, linear 0.6 s
//   live=1000   : gc 0.87 s
//   live=100000 : gc 2.0-2.5 s, linear 0.7 s   (this file)
// Pulling in std fmt (fmt.Printf instead of fmt.Println) has the same effect
// as keeping objects live: gc 6.0 s vs linear 2.0 s.
//
// Expected (go run): 594063792 100000 5
package main

import "fmt"

type Acid struct {
	c byte
	p float64
}

var iub = []Acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var last uint32 = 42

func random(max float64) float64 {
	last = (last*3877 + 29573) % 139968
	return max * float64(last) / 139968
}

func pick(acids []Acid, n int) int {
	cum := make([]Acid, len(acids))
	p := 0.0
	for i, a := range acids {
		p += a.p
		cum[i] = Acid{a.c, p}
	}
	sum := 0
	for i := 0; i < n; i++ {
		r := random(1)
		c := cum[len(cum)-1].c
		for _, a := range cum { // allocates a copy of every element on gc
			if r < a.p {
				c = a.c
				break
			}
		}
		sum += int(c)
	}
	return sum
}

func main() {
	var keep []*Acid // long-lived data, alive across pick
	for i := 0; i < 100000; i++ {
		keep = append(keep, &Acid{byte(i), float64(i)})
	}
	fmt.Println(pick(iub, 6000000), len(keep), keep[5].p)
}
