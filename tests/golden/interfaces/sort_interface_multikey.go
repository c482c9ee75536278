package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type byAgeName []Person

func (s byAgeName) Len() int      { return len(s) }
func (s byAgeName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byAgeName) Less(i, j int) bool {
	if s[i].Age != s[j].Age {
		return s[i].Age < s[j].Age
	}
	return s[i].Name < s[j].Name
}

func main() {
	people := []Person{{"Zoe", 30}, {"Al", 25}, {"Bo", 30}, {"Cy", 22}, {"Al", 31}, {"Ed", 25}}
	sort.Sort(byAgeName(people))
	for _, p := range people {
		fmt.Println(p.Age, p.Name)
	}
	sort.Sort(sort.Reverse(byAgeName(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(byAgeName(people)), sort.IsSorted(sort.Reverse(byAgeName(people))))
}
