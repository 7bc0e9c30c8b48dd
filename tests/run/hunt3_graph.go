package main

import "fmt"

func bfs(g map[int][]int, start int) map[int]int {
	dist := map[int]int{start: 0}
	q := []int{start}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		for _, m := range g[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				q = append(q, m)
			}
		}
	}
	return dist
}

func main() {
	g := map[int][]int{}
	edges := [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 5}, {5, 6}, {6, 4}, {4, 7}, {8, 9}}
	for _, e := range edges {
		g[e[0]] = append(g[e[0]], e[1])
		g[e[1]] = append(g[e[1]], e[0])
	}
	fmt.Println(g)
	d := bfs(g, 1)
	fmt.Println(d)
	fmt.Println(len(d), d[7], d[8])
	_, ok := d[8]
	fmt.Println(ok)
	deg := map[int]int{}
	for k, v := range g {
		deg[len(v)] += k
	}
	fmt.Println(deg)
	// reverse graph
	rev := make(map[int][]int, 10)
	for k, vs := range g {
		for _, v := range vs {
			rev[v] = append(rev[v], k)
		}
	}
	total := 0
	for _, vs := range rev {
		total += len(vs)
	}
	fmt.Println(total, len(rev))
}
