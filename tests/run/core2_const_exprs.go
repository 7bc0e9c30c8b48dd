package main

import "fmt"

const (
	Huge  = 1 << 100
	Small = Huge >> 98
	Big   = 1e100
	Ratio = Big / 1e99
	Third = 1.0 / 3
	MaxU  = 1<<64 - 1
	KB    = 1 << (10 * (iota - 5))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func main() {
	fmt.Println(Small, Ratio, Third)
	var u uint64 = MaxU
	fmt.Println(u, KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e, f)
	const x = Huge / (Huge >> 3)
	fmt.Println(x)
	var fl float32 = Third
	fmt.Println(fl, float64(fl) == Third)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var i8 int8 = -128
	fmt.Println(i8, -i8, i8/-1)
	const neg = -7
	fmt.Println(neg/2, neg%2, neg>>1, -7/2)
	fmt.Println(Huge/Huge*3, 1e3, 5/2, 5.0/2, 5/2.0)
	const typed int32 = 1 << 30
	fmt.Println(typed, typed/3)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
	const mixed = 'x' * 2.5
	fmt.Println(mixed)
}
