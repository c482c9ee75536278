package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil)
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println(s, len(s))
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	made := make([]string, 3)
	made = append(made, "x")
	fmt.Printf("%q %d\n", made, len(made))
	withCap := make([]int, 0, 5)
	fmt.Println(len(withCap), cap(withCap))
	for i := 0; i < 5; i++ {
		withCap = append(withCap, i)
	}
	fmt.Println(withCap, len(withCap), cap(withCap))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	s = append(s[:1], s[3:]...)
	fmt.Println(s)
	s = append(s[:2], append([]int{99}, s[2:]...)...)
	fmt.Println(s)
	var strs []string
	strs = append(strs)
	fmt.Println(strs == nil)
	matrix := [][]int{}
	for i := 0; i < 3; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, j)
		}
		matrix = append(matrix, row)
	}
	fmt.Println(matrix)
}
