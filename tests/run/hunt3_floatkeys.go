package main

import "fmt"

var zero = 0.0


func main() {
	m := map[float64]int{}
	pz := 0.0
	nz := -zero
	m[pz] = 1
	m[nz] = 2
	fmt.Println(len(m), m[0], m[nz])
	nan := zero/zero
	m[nan] = 3
	m[nan] = 4
	m[nan]++
	fmt.Println(len(m), m[nan])
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	s := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		s += v
	}
	fmt.Println(s, nans)
	m[1/zero] = 10
	m[-1/zero] = 11
	m[1.5] = 12
	m[-2.25] = 13
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	f32 := map[float32]string{1.5: "a", -0.0: "z", 3: "c"}
	f32[float32(nz)+1] = "nz"
	fmt.Println(f32, len(f32))
	fm := map[float64]string{3.25: "c", -1: "a", 0.5: "b", 1e21: "big", 1e-7: "tiny"}
	fmt.Println(fm)
	type fk struct {
		f float64
		s string
	}
	sm := map[fk]int{}
	sm[fk{pz, "a"}] = 1
	sm[fk{nz, "a"}] = 2
	sm[fk{nan, "a"}] = 3
	sm[fk{nan, "a"}] = 4
	fmt.Println(len(sm), sm[fk{0, "a"}])
	am := map[[2]float64]int{}
	am[[2]float64{nz, 1}] = 1
	am[[2]float64{pz, 1}]++
	fmt.Println(len(am), am[[2]float64{0, 1}])
}
