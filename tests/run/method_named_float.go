package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit      { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius      { return Celsius((f - 32) * 5 / 9) }
func (c *Celsius) Warm(d Celsius)      { *c += d }
func (c Celsius) Below(o Celsius) bool { return c < o }

type Meters float64

func (m Meters) Half() Meters { return m / 2 }

func main() {
	temps := []Celsius{-40, 0, 100, 37.5, -17.5}
	for _, t := range temps {
		fmt.Println(t, t.ToF(), t.ToF().ToC())
	}

	var c Celsius = 20
	c.Warm(2.5)
	c.Warm(-0.25)
	fmt.Println(c, c.Below(25), c.Below(22))

	m := Meters(10)
	fmt.Println(m.Half(), m.Half().Half(), m.Half().Half().Half())

	// conversions between named float types and int
	f := Fahrenheit(c)
	i := int(c)
	fmt.Println(f, i, int(-c), float64(i)*1.5)
	println(c, f, m)
}
