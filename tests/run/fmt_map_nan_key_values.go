package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{1: "one"}
	m[math.NaN()] = "nan"
	s := fmt.Sprint(m)
	println(s)
}
