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

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for k := 0; k < len(ms.less)-1; k++ {
		switch {
		case ms.less[k](p, q):
			return true
		case ms.less[k](q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 20}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1])
	ms := &multiSorter{people: people, less: []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}}
	sort.Sort(ms)
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByAge(people)), sort.IsSorted(ms))
	words := sort.StringSlice{"pear", "apple", "fig"}
	words.Sort()
	fmt.Println(words, words.Search("fig"), words.Search("grape"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.IntSlice([]int{1})))
}
