package main

import "fmt"

type Vertex struct {
	id    int
	edges []*Vertex
	seen  bool
	dist  int
}

type Graph struct {
	vs [6]*Vertex
}

func NewGraph() *Graph {
	g := &Graph{}
	for i := range g.vs {
		g.vs[i] = &Vertex{id: i, dist: -1}
	}
	return g
}

func (g *Graph) Edge(a, b int) {
	g.vs[a].edges = append(g.vs[a].edges, g.vs[b])
	g.vs[b].edges = append(g.vs[b].edges, g.vs[a])
}

func (g *Graph) BFS(start int) []int {
	q := []*Vertex{g.vs[start]}
	g.vs[start].seen = true
	g.vs[start].dist = 0
	var order []int
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		order = append(order, v.id)
		for _, w := range v.edges {
			if !w.seen {
				w.seen = true
				w.dist = v.dist + 1
				q = append(q, w)
			}
		}
	}
	return order
}

func dfs(v *Vertex, visit *[]int) {
	v.seen = true
	*visit = append(*visit, v.id)
	for _, w := range v.edges {
		if !w.seen {
			dfs(w, visit)
		}
	}
}

func main() {
	g := NewGraph()
	g.Edge(0, 1)
	g.Edge(0, 2)
	g.Edge(1, 3)
	g.Edge(2, 3)
	g.Edge(3, 4)
	fmt.Println(g.BFS(0))
	for _, v := range g.vs {
		fmt.Print(v.id, ":", v.dist, " ")
	}
	fmt.Println()
	for _, v := range g.vs {
		v.seen = false
	}
	var visit []int
	dfs(g.vs[4], &visit)
	fmt.Println(visit, g.vs[5].seen)
	fmt.Println(g.vs[0].edges[1].edges[1].id, *g.vs[5])
}
