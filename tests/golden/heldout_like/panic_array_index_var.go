package main

import "fmt"

type Matrix [3][3]int

func main() {
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	fmt.Println(m)
	row := 1
	col := 2
	for k := 0; k < 3; k++ {
		col++
		fmt.Println("accessing", row, col)
		fmt.Println(m[row][col])
	}
}
