package main

import (
	"fmt"
	"strings"
)

func wrap(words []string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range words {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = cur[:0], 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func main() {
	text := "the quick brown fox jumps over the lazy dog and keeps running far away"
	for _, width := range []int{10, 20, 30} {
		fmt.Println("width", width)
		for _, line := range wrap(strings.Fields(text), width) {
			fmt.Printf("|%-*s|\n", width, line)
		}
	}
}
