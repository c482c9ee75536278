package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

func main() {
	students := []Student{
		{"Zoe", 90, 20}, {"Adam", 85, 22}, {"Mia", 90, 19}, {"Luke", 70, 21},
		{"Eve", 85, 20}, {"Bob", 90, 22}, {"Ann", 70, 23},
	}
	sort.SliceStable(students, func(i, j int) bool { return students[i].Grade > students[j].Grade })
	for _, s := range students {
		fmt.Printf("%-5s %d %d\n", s.Name, s.Grade, s.Age)
	}
	fmt.Println()
	sort.Slice(students, func(i, j int) bool {
		a, b := students[i], students[j]
		if a.Age != b.Age {
			return a.Age < b.Age
		}
		return a.Name < b.Name
	})
	for _, s := range students {
		fmt.Printf("%-5s %d %d\n", s.Name, s.Grade, s.Age)
	}
	words := strings.Fields("the Quick brown fox Jumps over THE lazy dog")
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	byLen := []string{"ccc", "a", "bb", "dd", "e", "fff"}
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) })
	fmt.Println(byLen)
	fmt.Println(sort.SliceIsSorted(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) }))
}
