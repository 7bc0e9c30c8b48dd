package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func addTo(r Registry, k string, v int) {
	r.items[k] = v
	r.name = "changed"
}

func (r Registry) Get(k string) int { return r.items[k] }

func (r *Registry) Reset() { r.items = map[string]int{} }

type Holder struct {
	ms []map[int]int
	mm map[string]map[string]int
}

func main() {
	r := Registry{"reg", map[string]int{}}
	addTo(r, "a", 1)
	addTo(r, "b", 2)
	fmt.Println(r.name, r.items, r.Get("a"), r.Get("zz"))
	r2 := r
	r2.items["c"] = 3
	fmt.Println(len(r.items))
	r.Reset()
	fmt.Println(len(r.items), len(r2.items))
	h := Holder{}
	h.ms = make([]map[int]int, 3)
	for i := range h.ms {
		h.ms[i] = map[int]int{i: i * 10}
	}
	h.ms[1][5] = 55
	fmt.Println(h.ms)
	h.mm = map[string]map[string]int{}
	for _, a := range []string{"x", "y"} {
		for _, b := range []string{"p", "q", "r"} {
			if h.mm[a] == nil {
				h.mm[a] = map[string]int{}
			}
			h.mm[a][b] = len(a+b) + int(b[0])
		}
	}
	fmt.Println(h.mm)
	h.mm["x"]["p"] += 100
	fmt.Println(h.mm["x"]["p"], h.mm["nope"]["p"])
	arr := [2]map[string]bool{}
	arr[0] = map[string]bool{"t": true}
	b := arr
	b[0]["u"] = true
	fmt.Println(arr, b[1] == nil)
}
