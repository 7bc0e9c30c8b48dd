package main

import "fmt"

// A loop formed by labels A and B, entered at A or, by a forward goto, in
// its middle at B: control flow with two entries, which is irreducible.
func twoEntries(n int, skip bool) int {
	i := 0
	sum := 0
	if skip {
		goto B
	}
A:
	sum += i
	fmt.Println("A", i, sum)
B:
	i++
	fmt.Println("B", i, sum)
	if i < n {
		goto A
	}
	return sum
}

type point struct{ x, y int }

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

// Variables of many types live across the two entries of the loop (they
// become block parameters of both entries).
func manyTypes(n int, start int) {
	var (
		s     string
		bs    []byte
		p     *point
		sh    shape
		f     func(int) int
		fl    float64
		ok    bool
		small int8
		u     uint16
		m     map[string]int
		arr   [3]int
		pt    point
	)
	k := 0
	m = map[string]int{}
	switch start {
	case 1:
		goto One
	case 2:
		goto Two
	}
Zero:
	s += "z"
	bs = append(bs, 'a'+byte(k))
	p = &point{k, -k}
	fl += 0.5
	small -= 100
	arr[k%3]++
	pt.x += k
	k++
One:
	sh = rect{k, k + 1}
	f = func(x int) int { return x*10 + k }
	ok = !ok
	u += 40000
	m[s] = k
	pt.y -= 2
	k++
Two:
	if p != nil {
		p.y += 100
	}
	fmt.Println(k, s, string(bs), p, sh, fl, ok, small, u, len(m), arr, pt)
	if f != nil {
		fmt.Println("f", f(k))
	}
	if sh != nil {
		fmt.Println("area", sh.area())
	}
	if k < n {
		if k%3 == 0 {
			goto One
		}
		goto Zero
	}
	fmt.Println("done", k, s, m)
}

// Three entries into one cycle, chosen by a computed value.
func threeEntries(start, n int) []string {
	var out []string
	i := 0
	switch start % 3 {
	case 1:
		goto L1
	case 2:
		goto L2
	}
L0:
	out = append(out, "L0:" + itoa(i))
	i++
	if i > n {
		return out
	}
L1:
	out = append(out, "L1:" + itoa(i))
	i += 2
	if i > n {
		return out
	}
	if i%2 == 1 {
		goto L0
	}
L2:
	out = append(out, "L2:" + itoa(i))
	i += 3
	if i > n {
		return out
	}
	if i%5 == 0 {
		goto L1
	}
	goto L0
}

type node struct {
	v    int
	next *node
	name string
}

// Allocates in an irreducible loop: the list head and the string live in
// cells across the dispatcher while the collector runs.
func buildList(n int, linkFirst bool) (*node, int) {
	var head *node
	s := "first"
	k := 0
	if linkFirst {
		goto Link
	}
Make:
	s = "n" + itoa(k) + s[:1]
	k++
Link:
	head = &node{k, head, s}
	if k < n {
		goto Make
	}
	count, sum := 0, 0
	for p := head; p != nil; p = p.next {
		count++
		sum += p.v + len(p.name)
	}
	return head, count*1000000 + sum
}

func main() {
	fmt.Println(twoEntries(4, false))
	fmt.Println(twoEntries(4, true))
	fmt.Println(twoEntries(0, true))
	for start := 0; start < 3; start++ {
		manyTypes(6, start)
	}
	for start := 0; start < 3; start++ {
		fmt.Println(threeEntries(start, 17))
	}
	for _, first := range []bool{false, true} {
		head, check := buildList(3000, first)
		fmt.Println(head.v, head.name, head.next.name, check)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
