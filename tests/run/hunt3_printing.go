package main

import "fmt"

type T struct {
	A int
	B string
}

type Celsius float64

func (c Celsius) String() string { return ftoa(float64(c)) + "C" }

type K int

func main() {
	fmt.Println(map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Println(map[int]string{3: "c", -1: "neg", 10: "ten", 2: ""})
	fmt.Println(map[string][]int{"b": {1, 2}, "a": nil})
	fmt.Println(map[string]T{"x": {1, "one"}, "w": {}})
	fmt.Println(map[string]map[int]bool{"q": {2: true, 1: false}, "p": nil})
	fmt.Println(map[string]Celsius{"hot": 100, "cold": -5.5})
	fmt.Println(map[K]K{3: 4, 1: 2})
	fmt.Print(map[int]int{1: 1}, map[int]int{}, "\n")
	var nm map[string]int
	fmt.Println(nm, []map[int]int{nil, {1: 2}})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[string]*int{"nil": nil})
	fmt.Println(map[int8]uint8{-3: 3, 3: 253})
	fmt.Println(map[float32]float32{2.5: 1.25, -0.5: 3})
	fmt.Println(map[string]string{"": "empty", " ": "space", "\t": "tab"})
	fmt.Println(map[string][2]string{"k": {"a", "b"}})
	x := map[string]interface{}{"i": 1, "s": "str", "n": nil, "f": 2.5}
	fmt.Println(x)
	println(len(x))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func ftoa(f float64) string {
	if f < 0 {
		return "-" + ftoa(-f)
	}
	i := int(f)
	fr := int((f-float64(i))*10 + 0.5)
	if fr == 0 {
		return itoa(i)
	}
	return itoa(i) + "." + itoa(fr)
}
