package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20},
	}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByName{people}))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByName{people}))
	ints := sort.IntSlice{5, 2, 8, 1}
	sort.Sort(ints)
	fmt.Println(ints, ints.Search(5))
	sort.Sort(sort.Reverse(sort.StringSlice([]string{"x"})))
	strs := sort.StringSlice{"pear", "apple", "fig"}
	strs.Sort()
	fmt.Println(strs)
}
