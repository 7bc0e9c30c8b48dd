package main

import "fmt"

type Op int

const (
	Add Op = iota
	Mul
	Fail
)

func (o Op) String() string {
	switch o {
	case Add:
		return "Add"
	case Mul:
		return "Mul"
	}
	return "Op?"
}

func perIter() (log []int) {
	defer func() { log = append(log, -1) }()
	for i := 0; i < 6; i++ {
		defer func() { log = append(log, i) }()
		if i%2 == 0 {
			i++ // modifies this iteration's copy; next iteration copies it
			defer func() { log = append(log, i*100) }()
		}
	}
	return
}

func rangeDefers(ops []Op) (acc int, trace []string) {
	acc = 1
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case Op:
				trace = append(trace, "bad op "+v.String())
			case interface{ RuntimeError() }:
				trace = append(trace, "rt")
			}
			acc = -acc
		}
	}()
	for idx, op := range ops {
		defer func() {
			switch op {
			case Add:
				acc += idx
			case Mul:
				acc *= idx + 1
			default:
				trace = append(trace, "skip")
				return
			}
			trace = append(trace, op.String())
		}()
		if op == Fail {
			panic(op)
		}
		if op > Fail {
			_ = ops[len(ops)+idx]
		}
	}
	return acc, append(trace, "body")
}

func labeled() (out []string) {
	defer func() { out = append(out, "done") }()
	i := 0
loop:
	switch {
	case i < 5:
		j := i
		defer func() { out = append(out, string(rune('a'+j))) }()
		i++
		if i == 3 {
			i++
		}
		goto loop
	default:
	}
	for k := range 3 {
		switch k {
		case 1:
			defer func() { out = append(out, "k1") }()
			continue
		case 2:
			defer func() {
				switch x := interface{}(k).(type) {
				case int:
					out = append(out, "int", string(rune('0'+x)))
				}
			}()
		}
	}
	return []string{"ret"}
}

func main() {
	fmt.Println(perIter())
	fmt.Println(rangeDefers([]Op{Add, Mul, Add, Mul}))
	fmt.Println(rangeDefers([]Op{Mul, Add, Fail, Mul}))
	fmt.Println(rangeDefers([]Op{Mul, Add, Op(7), Mul}))
	fmt.Println(labeled())
	for i := range 3 {
		defer func() { fmt.Println("main defer", i, Op(i)) }()
	}
}
