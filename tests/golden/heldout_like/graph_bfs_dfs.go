package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]string{}} }

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) neighbors(n string) []string {
	ns := append([]string(nil), g.adj[n]...)
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) ([]string, map[string]int) {
	dist := map[string]int{start: 0}
	order := []string{start}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, n := range g.neighbors(cur) {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				order = append(order, n)
				queue = append(queue, n)
			}
		}
	}
	return order, dist
}

func (g *Graph) DFS(n string, seen map[string]bool, out *[]string) {
	seen[n] = true
	*out = append(*out, n)
	for _, m := range g.neighbors(n) {
		if !seen[m] {
			g.DFS(m, seen, out)
		}
	}
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var nodes []string
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	var comps [][]string
	for _, n := range nodes {
		if !seen[n] {
			var c []string
			g.DFS(n, seen, &c)
			comps = append(comps, c)
		}
	}
	return comps
}

func main() {
	g := NewGraph()
	edges := [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"F", "G"}, {"H", "H"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	order, dist := g.BFS("A")
	fmt.Println("bfs:", order)
	fmt.Println("dist:", dist)
	var dfs []string
	g.DFS("E", map[string]bool{}, &dfs)
	fmt.Println("dfs:", dfs)
	fmt.Println("components:", g.Components())
	fmt.Printf("%d components, %q\n", len(g.Components()), g.neighbors("H"))
}
