package main

import "fmt"

type Index struct {
	byName map[string]int
	count  int
}

func (ix *Index) Add(name string) {
	ix.count++
	ix.byName[name] = ix.count
}

func main() {
	good := &Index{byName: map[string]int{}}
	good.Add("x")
	fmt.Println(good.byName)
	var bad Index
	fmt.Println(bad.byName["missing"], len(bad.byName))
	bad.Add("y")
}
