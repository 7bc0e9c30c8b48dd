package main

import "fmt"

type Engine struct{ hp int }

func (e Engine) Power() int { return e.hp }
func (e *Engine) Tune(d int) { e.hp += d }

type Car struct {
	Engine
	name string
}

type Fleet struct {
	*Car
}

func main() {
	c := Car{Engine{100}, "a"}
	pw := c.Power
	tune := c.Tune
	tune(50)
	fmt.Println(pw(), c.Power(), c.hp)
	f := Fleet{&c}
	tune2 := f.Tune
	pw2 := f.Power
	tune2(1)
	fmt.Println(pw2(), f.Power(), c.hp)
	cars := []Car{{Engine{1}, "x"}, {Engine{2}, "y"}}
	var tuners []func(int)
	for i := range cars {
		tuners = append(tuners, cars[i].Tune)
	}
	for i, t := range tuners {
		t(i * 10)
	}
	fmt.Println(cars)
	var powers []func() int
	for _, c := range cars {
		powers = append(powers, c.Power)
	}
	cars[0].hp = 999
	for _, p := range powers {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
