package main

import "fmt"

type item struct{ node, dist int }

type minHeap []item

func (h *minHeap) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].dist <= (*h)[i].dist {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *minHeap) pop() item {
	old, last := *h, len(*h)-1
	top := old[0]
	old[0], *h = old[last], old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && (*h)[l].dist < (*h)[m].dist {
			m = l
		}
		if r < last && (*h)[r].dist < (*h)[m].dist {
			m = r
		}
		if m == i {
			return top
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
}

type edge struct{ to, w int }

func main() {
	graph := map[int][]edge{
		0: {{1, 4}, {2, 1}},
		1: {{3, 1}},
		2: {{1, 2}, {3, 5}},
		3: {{4, 3}},
		4: {},
	}
	const inf = 1 << 60
	dist := []int{0, inf, inf, inf, inf}
	h := &minHeap{}
	h.push(item{0, 0})
	for len(*h) > 0 {
		cur := h.pop()
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range graph[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				h.push(item{e.to, nd})
			}
		}
	}
	fmt.Println("distances:", dist)
	hs := &minHeap{}
	for _, v := range []int{9, 4, 7, 1, 8, 2, 6} {
		hs.push(item{v, v})
	}
	for len(*hs) > 0 {
		fmt.Print(hs.pop().dist, " ")
	}
	fmt.Println()
}
