package main

import "fmt"

type item struct{ node, dist int }
type minHeap []item
type registry map[string][]int

func (h *minHeap) push(it item) { *h = append(*h, it) }

func main() {
	p := &[]int{1, 2, 3}
	(*p)[1] = 20
	*p = append(*p, 4)
	q := &map[string]int{"a": 1, "b": 2}
	(*q)["c"] = 3
	h := &minHeap{{1, 2}, {3, 4}}
	h.push(item{5, 6})
	r := &registry{"x": {1}, "y": {2, 3}}
	(*r)["z"] = append((*r)["y"], 9)
	e := &[]string{}
	var list []*[]int
	for i := 0; i < 3; i++ {
		list = append(list, &[]int{i, i * i})
	}
	fmt.Println(*p, len(*q), (*q)["c"], *h, len(*r), (*r)["z"], len(*e), *e == nil)
	for _, l := range list {
		fmt.Print(*l, " ")
	}
	fmt.Println()
	arr := &[3]string{"x", "y"}
	arr[2] = "z"
	fmt.Println(*arr, len(arr))
}
