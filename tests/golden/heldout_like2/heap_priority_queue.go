package main

import (
	"container/heap"
	"fmt"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority == pq[j].priority {
		return pq[i].value < pq[j].value
	}
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[:n-1]
	return item
}

func (pq *PQ) update(item *Item, priority int) {
	item.priority = priority
	heap.Fix(pq, item.index)
}

func main() {
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 3}
	names := []string{"banana", "apple", "pear", "kiwi"}
	pq := make(PQ, 0)
	heap.Init(&pq)
	var kiwi *Item
	for _, n := range names {
		it := &Item{value: n, priority: items[n]}
		heap.Push(&pq, it)
		if n == "kiwi" {
			kiwi = it
		}
	}
	pq.update(kiwi, 10)
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	removed := heap.Remove(&pq, orange.index).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()
}
