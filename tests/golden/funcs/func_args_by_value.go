package main

import "fmt"

type Big struct {
	vals [4]int
	name string
}

func modifyArray(a [3]int)       { a[0] = 100 }
func modifySlice(s []int)        { s[0] = 100 }
func modifyMap(m map[string]int) { m["x"] = 100 }
func modifyStruct(b Big)         { b.vals[0] = 100; b.name = "changed" }
func modifyPtr(b *Big)           { b.vals[0] = 100; b.name = "changed" }
func reassignSlice(s []int)      { s = append(s, 4); s[0] = -1 }
func appendGrow(s []int) []int   { return append(s, 4) }

func main() {
	arr := [3]int{1, 2, 3}
	modifyArray(arr)
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	modifySlice(sl)
	fmt.Println(sl)
	m := map[string]int{"x": 1}
	modifyMap(m)
	fmt.Println(m)
	b := Big{name: "orig"}
	modifyStruct(b)
	fmt.Println(b)
	modifyPtr(&b)
	fmt.Println(b)
	s2 := make([]int, 3, 3)
	reassignSlice(s2)
	fmt.Println(s2)
	s3 := make([]int, 3, 10)
	reassignSlice(s3)
	fmt.Println(s3, len(s3))
	s4 := appendGrow(s3)
	fmt.Println(s4, s3[:4])
}
