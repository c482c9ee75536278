package main

import (
	"container/heap"
	"fmt"
)

type entry struct {
	val, list, pos int
}

type minHeap []entry

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].val < h[j].val }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(entry)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func merge(lists [][]int) []int {
	h := &minHeap{}
	for i, l := range lists {
		if len(l) > 0 {
			*h = append(*h, entry{l[0], i, 0})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		e := heap.Pop(h).(entry)
		out = append(out, e.val)
		if e.pos+1 < len(lists[e.list]) {
			heap.Push(h, entry{lists[e.list][e.pos+1], e.list, e.pos + 1})
		}
	}
	return out
}

func topK(nums []int, k int) []int {
	h := &minHeap{}
	for _, n := range nums {
		heap.Push(h, entry{val: n})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := make([]int, h.Len())
	for i := len(res) - 1; i >= 0; i-- {
		res[i] = heap.Pop(h).(entry).val
	}
	return res
}

func main() {
	lists := [][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5, 6, 7, 8}}
	fmt.Println(merge(lists))
	fmt.Println(topK([]int{5, 1, 9, 3, 7, 2, 8, 6, 4}, 3))
	fmt.Println(topK([]int{1}, 3))
	fmt.Println(len(merge(nil)), merge(nil) == nil)
}
