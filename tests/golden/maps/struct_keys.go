package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To string
	Weight   int
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{1, 2}] += "b"
	p := Point{3, 4}
	grid[p] = "c"
	p.X = 0 // the key was copied
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{3, 4}], grid[p] == "")
	fmt.Println(grid)

	seen := map[Edge]bool{}
	edges := []Edge{{"a", "b", 1}, {"b", "c", 2}, {"a", "b", 1}, {"a", "b", 2}}
	for _, e := range edges {
		if seen[e] {
			fmt.Println("duplicate", e)
		}
		seen[e] = true
	}
	var keys []string
	for e := range seen {
		keys = append(keys, fmt.Sprintf("%s-%s:%d", e.From, e.To, e.Weight))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	delete(grid, Point{0, 0})
	_, ok := grid[Point{0, 0}]
	fmt.Println(ok, len(grid))
}
