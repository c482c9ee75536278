package main

import (
	"fmt"
	"strings"
)

func newGrid(r, c int, fill byte) [][]byte {
	g := make([][]byte, r)
	for i := range g {
		g[i] = []byte(strings.Repeat(string(fill), c))
	}
	return g
}

func rotate(g [][]byte) [][]byte {
	r, c := len(g), len(g[0])
	out := make([][]byte, c)
	for i := range out {
		out[i] = make([]byte, r)
		for j := range out[i] {
			out[i][j] = g[r-1-j][i]
		}
	}
	return out
}

func show(g [][]byte) {
	for _, row := range g {
		fmt.Println(string(row))
	}
	fmt.Println("--")
}

func main() {
	g := newGrid(3, 5, '.')
	g[0][0] = '#'
	g[1][2] = '@'
	g[2][4] = '$'
	show(g)
	show(rotate(g))
	row := g[1]
	row[0] = 'R'
	show(g)
	jag := [][]int{{1}, {2, 3}, {}, {4, 5, 6}}
	total := 0
	for _, r := range jag {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println(len(jag), total, jag)
}
