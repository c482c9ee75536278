package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	emps := []Employee{
		{"Alice", "eng", 120, 30},
		{"Bob", "eng", 100, 45},
		{"Carol", "sales", 90, 28},
		{"Dan", "eng", 120, 25},
		{"Eve", "sales", 95, 33},
		{"Frank", "hr", 70, 50},
		{"Grace", "sales", 95, 29},
	}
	sort.Slice(emps, func(i, j int) bool {
		a, b := emps[i], emps[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	for _, e := range emps {
		fmt.Printf("%-6s %-6s %4d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	sort.Sort(byAge(emps))
	fmt.Println(emps[0].Name, emps[len(emps)-1].Name)
	sort.Sort(sort.Reverse(byAge(emps)))
	fmt.Println(emps[0].Name)
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 8), sort.SearchInts(ints, 4), sort.IntsAreSorted(ints))
	idx := sort.Search(len(ints), func(i int) bool { return ints[i] >= 6 })
	fmt.Println(idx)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	strs := []string{"pear", "Apple", "fig"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(fl, strs)
}
