package main

import "fmt"

// An irreducible loop (A/B) nested inside another irreducible loop
// (Outer/Mid), entered at different points.
func nested(mode int) []int {
	var out []int
	i, j := 0, 0
	if mode == 1 {
		goto Mid
	}
	if mode == 2 {
		goto B
	}
Outer:
	i++
	out = append(out, 100+i)
	j = 0
	if i%2 == 0 {
		goto B
	}
A:
	j++
	out = append(out, 200+j)
B:
	j += 2
	out = append(out, 300+j)
	if j < 7 {
		goto A
	}
Mid:
	out = append(out, 400+i)
	if i < 5 {
		goto Outer
	}
	return out
}

// The outer loop is entered at Outer or Mid; inside it, the loop A/B is
// entered at A or B: one dispatcher inside another.
func nested2(mode int) []int {
	var out []int
	i, j := mode, 0
	if mode == 1 {
		goto Mid
	}
Outer:
	i++
	out = append(out, 100+i)
	j = i
	if i%2 == 0 {
		goto B
	}
A:
	j++
	out = append(out, 200+j)
B:
	j += 2
	out = append(out, 300+j)
	if j < 9 {
		goto A
	}
Mid:
	out = append(out, 400+i)
	if i < 5 {
		goto Outer
	}
	return out
}

// Irreducible control flow inside a for loop and inside a closure.
func inLoops(n int) int {
	total := 0
	for r := 0; r < n; r++ {
		k := r
		if r%2 == 1 {
			goto Second
		}
	First:
		total += k
		k++
	Second:
		total *= 2
		k += 3
		if k < 10 {
			goto First
		}
	}
	return total
}

func makeCounter(start int) func(int) string {
	return func(steps int) string {
		s := ""
		n := start
		if steps < 0 {
			goto Down
		}
	Up:
		s += "+"
		n++
		if n%4 == 0 {
			return s
		}
	Down:
		s += "-"
		n += 2
		if len(s) < 12 {
			goto Up
		}
		return s
	}
}

// With defer and recover: the body is split into a frame wrapper, and a
// runtime error inside the irreducible loop is recovered.
func guarded(xs []int, start int) (res int, err string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e.Error()
			}
		}
	}()
	i := start
	if start > 0 {
		goto Mid
	}
Top:
	res += xs[i]
	i++
Mid:
	res *= 3
	i++
	if res < 1000 {
		goto Top
	}
	return res, "ok"
}

// Recursion through a function whose loop has two entries.
func weave(n int, left bool) int {
	if n <= 0 {
		return 1
	}
	acc := 0
	if left {
		goto L
	}
R:
	acc += weave(n-1, true)
	if acc > 20 {
		return acc
	}
L:
	acc += weave(n-2, false) + 1
	if acc < 5 {
		goto R
	}
	return acc
}

// A label at the very start that a later goto returns to.
func fromTheTop(n int) (out []string) {
Start:
	out = append(out, "start")
	if n > 3 {
		n--
		goto Middle
	}
	n += 5
	if len(out) > 6 {
		return
	}
	goto Start
Middle:
	out = append(out, "middle")
	n -= 2
	if n > 0 {
		goto Start
	}
	goto Middle2
Middle2:
	out = append(out, "end")
	return
}

func main() {
	for mode := 0; mode < 3; mode++ {
		fmt.Println(nested(mode))
		fmt.Println(nested2(mode))
	}
	fmt.Println(inLoops(1), inLoops(2), inLoops(5))
	up := makeCounter(1)
	down := makeCounter(2)
	fmt.Println(up(1), down(-1), up(-1))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(guarded(xs, 0))
	fmt.Println(guarded(xs, 1))
	fmt.Println(guarded(xs[:2], 0))
	for n := 0; n < 6; n++ {
		fmt.Println(n, weave(n, false), weave(n, true))
	}
	fmt.Println(fromTheTop(2), fromTheTop(9))
}
