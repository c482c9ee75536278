package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	ints := make([]int, 4)
	strs := make([]string, 2, 8)
	items := make([]Item, 2)
	ptrs := make([]*Item, 2)
	bools := make([]bool, 3)
	fmt.Println(ints, len(ints), cap(ints))
	fmt.Printf("%q %d %d\n", strs, len(strs), cap(strs))
	fmt.Println(items, ptrs, bools)
	items[0].Name = "apple"
	items[1] = Item{"pear", 3}
	ptrs[0] = &items[0]
	ptrs[0].Qty = 7
	fmt.Println(items)
	fmt.Printf("%+v\n", *ptrs[0])
	n := 5
	dyn := make([]float64, n, n*2)
	for i := range dyn {
		dyn[i] = float64(i) / 2
	}
	fmt.Println(dyn, cap(dyn))
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 3)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	chans := make([]chan int, 2)
	fmt.Println(chans[0] == nil)
	zero := make([]int, 0)
	fmt.Println(zero == nil, len(zero))
}
