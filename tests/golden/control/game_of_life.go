package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func parse(rows ...string) Grid {
	g := make(Grid, len(rows))
	for i, r := range rows {
		g[i] = make([]bool, len(r))
		for j, c := range r {
			g[i][j] = c == '#'
		}
	}
	return g
}

func (g Grid) alive(r, c int) bool {
	h, w := len(g), len(g[0])
	return g[(r+h)%h][(c+w)%w]
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for r := range g {
		next[r] = make([]bool, len(g[r]))
		for c := range g[r] {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g.alive(r+dr, c+dc) {
						n++
					}
				}
			}
			next[r][c] = n == 3 || n == 2 && g[r][c]
		}
	}
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := parse(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"........",
	)
	for gen := 0; gen <= 4; gen += 2 {
		fmt.Printf("generation %d:\n%v", gen, g)
		g = g.Step().Step()
	}
}
