package main

import "fmt"

type pos struct{ r, c int }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...#...",
	"..#.#.##.E",
}

func neighbors(p pos) []pos {
	var out []pos
	for _, d := range []pos{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		n := pos{p.r + d.r, p.c + d.c}
		if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
			continue
		}
		out = append(out, n)
	}
	return out
}

func find(ch byte) pos {
	for r, row := range maze {
		for c := range row {
			if row[c] == ch {
				return pos{r, c}
			}
		}
	}
	return pos{-1, -1}
}

func main() {
	start, end := find('S'), find('E')
	prev := map[pos]pos{}
	dist := map[pos]int{start: 0}
	queue := []pos{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, n := range neighbors(cur) {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	fmt.Println("shortest path length:", dist[end])
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("cells explored:", len(dist))
}
