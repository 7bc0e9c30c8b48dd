package main

import "fmt"

func key(calls *int, k string) string {
	*calls++
	return k
}

func main() {
	m := map[string]int{}
	calls := 0
	m[key(&calls, "a")] += 5
	m[key(&calls, "a")] *= 3
	m[key(&calls, "a")] -= 1
	m[key(&calls, "a")] <<= 2
	m[key(&calls, "a")] %= 7
	m[key(&calls, "b")]--
	m[key(&calls, "b")]--
	fmt.Println(m, calls)
	sm := map[int]string{}
	sm[1] += "x"
	sm[1] += "y"
	sm[2] = sm[1] + sm[3]
	fmt.Println(sm)
	fm := map[string]float64{}
	fm["a"] += 0.5
	fm["a"] /= 4
	fmt.Println(fm)
	um := map[string]uint8{}
	um["w"]--
	um["v"] = 200
	um["v"] += 100
	fmt.Println(um)
	bm := map[int]bool{}
	bm[1] = !bm[1]
	bm[2] = bm[1] && !bm[2]
	fmt.Println(bm)
	// swap via tuple assign
	m2 := map[string]int{"p": 1, "q": 2}
	m2["p"], m2["q"] = m2["q"], m2["p"]
	fmt.Println(m2)
	i := 0
	arr := []int{10, 20, 30}
	mm := map[int]int{}
	mm[i], i = arr[i], 2
	fmt.Println(mm, i)
	var a, b int
	var ok bool
	a, ok = mm[0]
	b, ok = mm[5]
	fmt.Println(a, b, ok)
}
