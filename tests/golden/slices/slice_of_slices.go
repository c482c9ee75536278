package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	for _, row := range pascal(7) {
		fmt.Println(row)
	}
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	fmt.Println(transpose(nil) == nil)
	jagged := [][]string{{"a"}, {}, {"b", "c"}}
	for i, r := range jagged {
		fmt.Println(i, len(r), r)
	}
	flat := []int{}
	for _, r := range pascal(4) {
		flat = append(flat, r...)
	}
	fmt.Println(flat)
	backing := make([]int, 9)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = backing[i*3 : (i+1)*3]
	}
	grid[1][1] = 5
	grid[2][0] = 7
	fmt.Println(backing)
}
