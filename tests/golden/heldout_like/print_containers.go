package main

import (
	"fmt"
	"os"
)

type Item struct {
	Name  string
	Price float64
	Qty   *int
}

type Inventory struct {
	Items  []Item
	ByName map[string]*Item
	Owner  *string
}

func main() {
	q := 3
	items := []Item{{"apple", 0.5, &q}, {"pear", 1.25, nil}}
	inv := Inventory{Items: items, ByName: map[string]*Item{}}
	fmt.Println(items[1])
	fmt.Printf("%+v\n", items[1])
	fmt.Println(inv.ByName, inv.Owner, len(inv.ByName))
	nested := map[string][]int{"z": {3}, "a": {1, 2}, "m": nil}
	fmt.Println(nested)
	grid := [][]string{{"a", "b"}, {}, nil, {"c"}}
	fmt.Println(grid, len(grid))
	fmt.Printf("%q\n", grid)
	mm := map[int]map[string]bool{2: {"y": true}, 1: {"x": false, "a": true}}
	fmt.Println(mm)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "b", -1: "a"})
	var ip *int
	var ifc interface{}
	var fn func()
	var ch chan int
	fmt.Println(ip, ifc, fn == nil, ch)
	fmt.Printf("%v %v %+v\n", ip, ifc, ifc)
	arr := [3]*int{nil, nil, nil}
	fmt.Println(arr)
	type pair struct {
		a, b interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, []int(nil)})
	fmt.Fprintln(os.Stdout, struct {
		A int
		B string
		C []float64
	}{1, "two", []float64{3, 4.5}})
	fmt.Print("a", "b", 1, 2, true, "\n")
	fmt.Print(1, 2, "\n")
}
