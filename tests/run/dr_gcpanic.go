package main

import "fmt"

type Payload struct {
	id    int
	data  []int
	next  *Payload
	names map[string][]byte
}

func mkPayload(id, n int) *Payload {
	p := &Payload{id: id, data: make([]int, n), names: map[string][]byte{}}
	for i := range p.data {
		p.data[i] = id*1000 + i
	}
	p.names["k"+string(rune('a'+id%26))] = make([]byte, n)
	return p
}

func churn(n int) int {
	s := 0
	var keep []*Payload
	for i := 0; i < n; i++ {
		p := mkPayload(i, 16+i%32)
		if i%10 == 0 {
			keep = append(keep, p)
		}
		s += len(p.data)
	}
	return s + len(keep)
}

func level(d int, chain *Payload) (sum int) {
	defer func() {
		churn(20)
		if d%5 == 0 {
			if r := recover(); r != nil {
				p := r.(*Payload)
				sum = p.id + len(p.data) + d
				for q := p; q != nil; q = q.next {
					sum += q.data[0] % 7
				}
				if d%10 == 0 {
					np := mkPayload(d, 8)
					np.next = p
					panic(np)
				}
			}
		}
	}()
	local := mkPayload(d, 4)
	local.next = chain
	if d == 0 {
		churn(200)
		panic(local)
	}
	return level(d-1, local) + local.data[0]%3
}

func deferAlloc() (out []*Payload) {
	for i := 0; i < 50; i++ {
		p := mkPayload(i, 100)
		defer func() {
			churn(10)
			out = append(out, p)
		}()
	}
	churn(500)
	return nil
}

func errInDefer() (msg string) {
	defer func() {
		r := recover()
		msg = "second: "
		if e, ok := r.(error); ok {
			msg += e.Error()
		}
	}()
	defer func() {
		var m map[string]int
		churn(30)
		m["a"] = 1
	}()
	panic(mkPayload(1, 1000))
}

func main() {
	for _, d := range []int{3, 10, 27, 50} {
		func() {
			defer func() {
				r := recover()
				if p, ok := r.(*Payload); ok {
					n := 0
					for q := p; q != nil; q = q.next {
						n++
					}
					fmt.Println("depth", d, "escaped payload", p.id, "chain", n)
				} else {
					fmt.Println("depth", d, "recovered", r)
				}
			}()
			fmt.Println("depth", d, "sum", level(d, nil))
		}()
	}
	outs := deferAlloc()
	t := 0
	for _, p := range outs {
		t += p.data[99] + len(p.names)
	}
	fmt.Println("deferAlloc", len(outs), t)
	fmt.Println(errInDefer())
	fmt.Println(churn(1000))
}
