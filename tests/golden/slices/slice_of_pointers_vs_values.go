package main

import "fmt"

type Item struct {
	Name  string
	Price int
}

func main() {
	vals := []Item{{"a", 1}, {"b", 2}}
	ptrs := []*Item{{"a", 1}, {"b", 2}}
	for _, v := range vals {
		v.Price *= 10
	}
	for _, p := range ptrs {
		p.Price *= 10
	}
	fmt.Println(vals, *ptrs[0], *ptrs[1])
	first := &vals[0]
	first.Price = 7
	fmt.Println(vals[0])
	vals = append(vals, Item{"c", 3}) // may reallocate; first may point to old array
	first.Price = 8
	fmt.Println(vals[2].Name, len(vals))
	idx := map[string]*Item{}
	for i := range vals {
		idx[vals[i].Name] = &vals[i]
	}
	idx["b"].Price = 99
	fmt.Println(vals[1])
	var total int
	for _, p := range ptrs {
		total += p.Price
	}
	fmt.Println(total)
}
