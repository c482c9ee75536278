package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key int
	id  int
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type counting struct {
	data        []int
	less, swaps int
}

func (c *counting) Len() int           { return len(c.data) }
func (c *counting) Less(i, j int) bool { c.less++; return c.data[i] < c.data[j] }
func (c *counting) Swap(i, j int)      { c.swaps++; c.data[i], c.data[j] = c.data[j], c.data[i] }

func make100() []rec {
	r := make([]rec, 100)
	for i := range r {
		r[i] = rec{key: (i * 37) % 7, id: i}
	}
	return r
}

func main() {
	a := make100()
	sort.Sort(byKey(a))
	fmt.Println(a)
	b := make100()
	sort.Stable(byKey(b))
	fmt.Println(b)
	c := make100()
	sort.Slice(c, func(i, j int) bool { return c[i].key < c[j].key })
	fmt.Println(c)
	d := make100()
	sort.SliceStable(d, func(i, j int) bool { return d[i].key > d[j].key })
	fmt.Println(d)
	e := make100()
	sort.Sort(sort.Reverse(byKey(e)))
	fmt.Println(e)
	cnt := &counting{data: []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 5, 1, 2, 3, 50, 40, 30, 20, 10, 0, -1, 7, 7, 7}}
	sort.Sort(cnt)
	fmt.Println(cnt.data, cnt.less, cnt.swaps)
	fmt.Println(sort.IsSorted(byKey(a)), sort.SliceIsSorted(d, func(i, j int) bool { return d[i].key > d[j].key }))
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 }))
	i, found := sort.Find(len(xs), func(i int) int { return 7 - xs[i] })
	fmt.Println(i, found)
	s := []string{"b", "a", "c"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s)
}
