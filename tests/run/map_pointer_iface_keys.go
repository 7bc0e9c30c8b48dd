package main

import "fmt"

type Node struct {
	id   int
	next *Node
}

type Key interface{ K() int }

type IntKey int

func (k IntKey) K() int { return int(k) }

type PairKey struct{ a, b string }

func (p PairKey) K() int { return len(p.a) + len(p.b) }

func main() {
	// Pointer keys: a visited set over a cyclic list.
	nodes := make([]*Node, 2000)
	for i := range nodes {
		nodes[i] = &Node{id: i}
	}
	for i := range nodes {
		nodes[i].next = nodes[(i*7+3)%len(nodes)]
		if i%2 == 0 {
			nodes[i].next = nodes[(i+1)%len(nodes)]
		}
	}
	seen := map[*Node]int{}
	n := nodes[0]
	steps := 0
	for {
		if _, ok := seen[n]; ok {
			break
		}
		seen[n] = steps
		steps++
		n = n.next
	}
	fmt.Println("cycle after", steps, "steps; len", len(seen), "first repeat", n.id, "at", seen[n])
	delete(seen, nodes[0])
	_, ok := seen[nodes[0]]
	fmt.Println("deleted:", !ok, len(seen))
	var nilp *Node
	seen[nilp] = -1
	fmt.Println("nil key:", seen[nil], len(seen))

	// Interface keys: mixed dynamic types.
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[IntKey(1)] = "IntKey 1"
	m[PairKey{"x", "y"}] = "pair"
	m[[2]int{1, 2}] = "array"
	m[nodes[5]] = "node 5"
	m[nil] = "nil"
	fmt.Println(len(m))
	for _, k := range []any{1, int64(1), "1", 1.0, true, IntKey(1), PairKey{"x", "y"}, [2]int{1, 2}, nodes[5], nil, 2, PairKey{"x", "z"}, nodes[6]} {
		v, ok := m[k]
		fmt.Println(v, ok)
	}
	km := map[Key]int{}
	for i := 0; i < 100; i++ {
		km[IntKey(i%10)]++
		km[PairKey{string(rune(48 + i%3)), ""}]++
	}
	fmt.Println(len(km), km[IntKey(3)], km[PairKey{"1", ""}])
	type S struct {
		k any
		p *Node
	}
	sm := map[S]int{}
	sm[S{1, nodes[1]}] = 1
	sm[S{1, nodes[1]}] += 10
	sm[S{"1", nodes[1]}] = 2
	fmt.Println(len(sm), sm[S{1, nodes[1]}], sm[S{"1", nodes[1]}], sm[S{1, nodes[2]}])
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m[[]int{1}] = "slice"
}
