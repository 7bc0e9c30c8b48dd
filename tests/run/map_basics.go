package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	_, ok = m["nope"]
	fmt.Println(ok)
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	sq := map[int]int{}
	for i := 0; i < 1000; i++ {
		sq[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(sq, i)
	}
	t := 0
	for k, v := range sq {
		if v != k*k {
			fmt.Println("bad", k)
		}
		t += k
	}
	fmt.Println(len(sq), t, sq[999], sq[998])
	pts := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pts[P{1, 2}], pts[P{3, 4}], len(pts))
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm), nm == nil)
	for range nm {
		fmt.Println("never")
	}
	words := []string{"a", "b", "a", "c", "b", "a"}
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts["a"], counts["b"], counts["c"])
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	nested["x"] = append(nested["x"], 3)
	fmt.Println(nested["x"], len(nested["y"]))
	clear(counts)
	fmt.Println(len(counts))
	nm["boom"] = true
}
