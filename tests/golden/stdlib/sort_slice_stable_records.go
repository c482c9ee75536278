package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	emps := []Emp{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 100}, {"dee", "ops", 95},
		{"eve", "eng", 120}, {"fay", "hr", 70}, {"gus", "ops", 90}}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Pay > emps[j].Pay })
	for _, e := range emps {
		fmt.Print(e.Name, ":", e.Pay, " ")
	}
	fmt.Println()
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	for _, e := range emps {
		fmt.Print(e.Dept, "/", e.Name, " ")
	}
	fmt.Println()
	sort.Slice(emps, func(i, j int) bool { return emps[i].Name > emps[j].Name })
	fmt.Println(emps[0], emps[len(emps)-1])
	fmt.Println(sort.SliceIsSorted(emps, func(i, j int) bool { return emps[i].Name > emps[j].Name }))
}
