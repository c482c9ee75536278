// vitro:go1.22
package main

import "fmt"

type Item struct {
	Name  string
	Price int
}

func main() {
	items := []Item{{"pen", 2}, {"book", 12}, {"bag", 30}}
	var ptrs []*Item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()
	ptrs[0].Price = 100
	fmt.Println(items[0].Price, ptrs[0].Price)
	index := map[string]*Item{}
	for i := range items {
		index[items[i].Name] = &items[i]
	}
	index["bag"].Price = 25
	fmt.Println(items[2])
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	fmt.Println(*addrs[0], *addrs[1], *addrs[2], addrs[0] == addrs[2])
}
