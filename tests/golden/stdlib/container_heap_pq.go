package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// An Item is something we manage in a priority queue.
type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d %v\n", (*h)[0], *h)
	removed := heap.Remove(h, 2)
	fmt.Println("removed:", removed, *h)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		pq = append(pq, &Item{value: name, priority: items[name], index: len(pq)})
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	var out []string
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		out = append(out, fmt.Sprintf("%.2d:%s", item.priority, item.value))
	}
	fmt.Println(strings.Join(out, " "))

	// A k-way merge of sorted slices.
	lists := [][]int{{1, 4, 9}, {2, 3, 10}, {0, 5}}
	mh := &mergeHeap{}
	for i, l := range lists {
		heap.Push(mh, cursor{l[0], i, 0})
	}
	var merged []int
	for mh.Len() > 0 {
		c := heap.Pop(mh).(cursor)
		merged = append(merged, c.v)
		if c.pos+1 < len(lists[c.list]) {
			heap.Push(mh, cursor{lists[c.list][c.pos+1], c.list, c.pos + 1})
		}
	}
	fmt.Println(merged)
}

type cursor struct{ v, list, pos int }
type mergeHeap []cursor

func (m mergeHeap) Len() int            { return len(m) }
func (m mergeHeap) Less(i, j int) bool  { return m[i].v < m[j].v }
func (m mergeHeap) Swap(i, j int)       { m[i], m[j] = m[j], m[i] }
func (m *mergeHeap) Push(x interface{}) { *m = append(*m, x.(cursor)) }
func (m *mergeHeap) Pop() interface{} {
	old := *m
	x := old[len(old)-1]
	*m = old[:len(old)-1]
	return x
}
