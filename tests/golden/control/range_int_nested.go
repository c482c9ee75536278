// vitro:go1.22
package main

import (
	"fmt"
	"strings"
)

func main() {
	const size = 5
	var grid [size][size]string
	for r := range size {
		for c := range size {
			if (r+c)%2 == 0 {
				grid[r][c] = "#"
			} else {
				grid[r][c] = "."
			}
		}
	}
	for r := range size {
		fmt.Println(strings.Join(grid[r][:], ""))
	}
	pairs := 0
outer:
	for a := range 10 {
		for b := range a {
			if a*b > 20 {
				break outer
			}
			if b%2 == 1 {
				continue
			}
			pairs++
		}
	}
	fmt.Println("pairs:", pairs)
	triangle := make([][]int, 0)
	for i := range 4 {
		row := make([]int, i+1)
		for j := range row {
			row[j] = i * j
		}
		triangle = append(triangle, row)
	}
	fmt.Println(triangle)
}
