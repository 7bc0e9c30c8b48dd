// nbody: the Benchmarks Game n-body simulation of the Jovian planets.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

func jupiter() Body {
	return Body{
		x: 4.84143144246472090e+00, y: -1.16032004402742839e+00, z: -1.03622044471123109e-01,
		vx: 1.66007664274403694e-03 * daysPerYear, vy: 7.69901118419740425e-03 * daysPerYear,
		vz: -6.90460016972063023e-05 * daysPerYear, mass: 9.54791938424326609e-04 * solarMass,
	}
}

func saturn() Body {
	return Body{
		x: 8.34336671824457987e+00, y: 4.12479856412430479e+00, z: -4.03523417114321381e-01,
		vx: -2.76742510726862411e-03 * daysPerYear, vy: 4.99852801234917238e-03 * daysPerYear,
		vz: 2.30417297573763929e-05 * daysPerYear, mass: 2.85885980666130812e-04 * solarMass,
	}
}

func uranus() Body {
	return Body{
		x: 1.28943695621391310e+01, y: -1.51111514016986312e+01, z: -2.23307578892655734e-01,
		vx: 2.96460137564761618e-03 * daysPerYear, vy: 2.37847173959480950e-03 * daysPerYear,
		vz: -2.96589568540237556e-05 * daysPerYear, mass: 4.36624404335156298e-05 * solarMass,
	}
}

func neptune() Body {
	return Body{
		x: 1.53796971148509165e+01, y: -2.59193146099879641e+01, z: 1.79258772950371181e-01,
		vx: 2.68067772490389322e-03 * daysPerYear, vy: 1.62824170038242295e-03 * daysPerYear,
		vz: -9.51592254519715870e-05 * daysPerYear, mass: 5.15138902046611451e-05 * solarMass,
	}
}

func sun() Body {
	return Body{mass: solarMass}
}

type System []Body

func (s System) offsetMomentum() {
	var px, py, pz float64
	for _, b := range s {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	s[0].vx = -px / solarMass
	s[0].vy = -py / solarMass
	s[0].vz = -pz / solarMass
}

func (s System) energy() float64 {
	var e float64
	for i := range s {
		b := &s[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(s); j++ {
			b2 := &s[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= (b.mass * b2.mass) / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func (s System) advance(dt float64) {
	for i := range s {
		b := &s[i]
		for j := i + 1; j < len(s); j++ {
			b2 := &s[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			dsq := dx*dx + dy*dy + dz*dz
			dist := math.Sqrt(dsq)
			mag := dt / (dsq * dist)
			b.vx -= dx * b2.mass * mag
			b.vy -= dy * b2.mass * mag
			b.vz -= dz * b2.mass * mag
			b2.vx += dx * b.mass * mag
			b2.vy += dy * b.mass * mag
			b2.vz += dz * b.mass * mag
		}
	}
	for i := range s {
		b := &s[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	s := System{sun(), jupiter(), saturn(), uranus(), neptune()}
	s.offsetMomentum()
	fmt.Printf("%.9f\n", s.energy())
	for i := 0; i < n; i++ {
		s.advance(0.01)
	}
	fmt.Printf("%.9f\n", s.energy())
}
