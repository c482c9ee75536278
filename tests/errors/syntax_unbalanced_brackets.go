package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	fmt.Println(grid[0][1]]) // ERROR "syntax error: unexpected \] in argument list; possibly"
}
