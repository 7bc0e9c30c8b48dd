// interior: a particle simulation that works through interior pointers:
// pointers to elements of a slice of structs (&ps[i]), to fields of those
// structs (&p.pos.x), and to array elements inside structs, all in hot loops.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Vec struct {
	x, y int64
}

type Particle struct {
	id    int
	pos   Vec
	vel   Vec
	hits  [4]int32 // hits against the left, right, bottom and top walls
	trail [8]Vec
	tpos  int
}

const worldSize = 1 << 20

// bounce reflects one coordinate into [0, worldSize) through pointers to
// the position and velocity fields, counting hits through a pointer into
// the hits array.
func bounce(p *int64, v *int64, lo, hi *int32) {
	if *p < 0 {
		*p = -*p
		*v = -*v
		*lo++
	} else if *p >= worldSize {
		*p = 2*(worldSize-1) - *p
		*v = -*v
		*hi++
	}
}

func (p *Particle) step() {
	p.pos.x += p.vel.x
	p.pos.y += p.vel.y
	bounce(&p.pos.x, &p.vel.x, &p.hits[0], &p.hits[1])
	bounce(&p.pos.y, &p.vel.y, &p.hits[2], &p.hits[3])
	t := &p.trail[p.tpos]
	*t = p.pos
	p.tpos = (p.tpos + 1) % len(p.trail)
}

func addTo(sum *Vec, v *Vec) {
	sum.x += v.x
	sum.y += v.y
}

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func main() {
	steps := 9000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			steps = v
		}
	}
	const n = 2000
	r := rng(88172645463325252)
	ps := make([]Particle, n)
	for i := range ps {
		p := &ps[i]
		p.id = i
		p.pos = Vec{int64(r.next() % worldSize), int64(r.next() % worldSize)}
		p.vel = Vec{int64(r.next()%4001) - 2000, int64(r.next()%4001) - 2000}
	}

	var total Vec
	for s := 0; s < steps; s++ {
		for i := range ps {
			ps[i].step()
		}
		// Every few steps, swap velocities of neighbours through pointers.
		if s%16 == 0 {
			for i := 0; i+1 < len(ps); i += 2 {
				a, b := &ps[i].vel, &ps[i+1].vel
				*a, *b = *b, *a
			}
		}
		// Sum all trail points through element pointers.
		for i := range ps {
			p := &ps[i]
			for j := range p.trail {
				addTo(&total, &p.trail[j])
			}
		}
	}

	var hits [4]int64
	var chk uint64
	for i := range ps {
		p := &ps[i]
		for k, h := range p.hits {
			hits[k] += int64(h)
		}
		chk = chk*31 + uint64(p.pos.x)*7 + uint64(p.pos.y)
	}
	// Pointer to a slice element kept across re-slicing.
	mid := ps[n/4 : 3*n/4]
	q := &mid[10]
	q.pos.x++
	fmt.Println("particle", q.id, "at", ps[n/4+10].pos.x, ps[n/4+10].pos.y)
	fmt.Println("hits", hits[0], hits[1], hits[2], hits[3])
	fmt.Println("trail sum", total.x, total.y)
	fmt.Println("checksum", chk)
}
