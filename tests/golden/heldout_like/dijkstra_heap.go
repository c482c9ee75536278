package main

import (
	"fmt"
	"math"
)

type Item struct {
	node int
	dist int
}

type MinHeap struct {
	items []Item
}

func (h *MinHeap) Len() int { return len(h.items) }

func (h *MinHeap) Push(it Item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].dist <= h.items[i].dist {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *MinHeap) Pop() Item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.items[l].dist < h.items[m].dist {
			m = l
		}
		if r < len(h.items) && h.items[r].dist < h.items[m].dist {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top
}

type Edge struct{ to, w int }

func dijkstra(adj [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(adj))
	prev := make([]int, len(adj))
	for i := range dist {
		dist[i] = math.MaxInt64
		prev[i] = -1
	}
	dist[src] = 0
	h := &MinHeap{}
	h.Push(Item{src, 0})
	for h.Len() > 0 {
		cur := h.Pop()
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range adj[cur.node] {
			nd := cur.dist + e.w
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				h.Push(Item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for ; to != -1; to = prev[to] {
		p = append([]int{to}, p...)
	}
	return p
}

func main() {
	adj := make([][]Edge, 7)
	add := func(a, b, w int) {
		adj[a] = append(adj[a], Edge{b, w})
		adj[b] = append(adj[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	for i, d := range dist {
		if d == math.MaxInt64 {
			fmt.Printf("node %d: unreachable\n", i)
			continue
		}
		fmt.Printf("node %d: dist=%-3d path=%v\n", i, d, path(prev, i))
	}
}
