package main

import "fmt"

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-8s %T: %v\n", name, r, r)
		fmt.Println("         printed:", r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *T
	zero := 0
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("divide", func() { _ = 10 / zero })
	try("nilmap", func() { m["k"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("value", func() { panic(fmt.Sprintf("v%d", 42)) })
	try("error", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	try("int", func() { panic(12) })
	try("none", func() {})
}
