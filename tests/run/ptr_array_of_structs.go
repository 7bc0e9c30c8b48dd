package main

import "fmt"

type Particle struct {
	Pos, Vel [2]int
	Alive    bool
}

type Cloud struct {
	Arr [3]Particle
}

func step(p *Particle) {
	for i := 0; i < 2; i++ {
		p.Pos[i] += p.Vel[i]
	}
	if p.Pos[0] < 0 || p.Pos[0] > 20 {
		p.Alive = false
	}
}

func main() {
	var ps [4]Particle
	for i := range ps {
		p := &ps[i]
		p.Pos = [2]int{i * 5, 0}
		p.Vel = [2]int{i*2 - 3, 1}
		p.Alive = true
	}
	for t := 0; t < 4; t++ {
		for i := range ps {
			if ps[i].Alive {
				step(&ps[i])
			}
		}
	}
	for _, p := range ps {
		fmt.Println(p.Pos, p.Vel, p.Alive)
	}

	// pointer to a field of an element of an array field of a heap struct
	type2 := &Cloud{}
	pv := &type2.Arr[1].Vel[1]
	*pv = 9
	step(&type2.Arr[1])
	fmt.Println(type2.Arr[1])

	// range value is a copy: modifying it changes nothing
	for _, p := range ps {
		p.Alive = true
		p.Pos[0] = 1000
	}
	fmt.Println(ps[0].Pos[0], ps[3].Alive)

	// range index with pointer: changes are kept
	for i := range ps {
		q := &ps[i]
		q.Pos[1] = -q.Pos[1]
	}
	fmt.Println(ps[0].Pos, ps[1].Pos, ps[2].Pos, ps[3].Pos)
}
