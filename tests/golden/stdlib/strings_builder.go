package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-*s", widths[i], c)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	n, err := sb.Write([]byte("!"))
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	fmt.Println(strings.TrimSuffix(sb.String(), ","))
	fmt.Print(table([][]string{
		{"name", "lang", "year"},
		{"vitro", "C++", "2024"},
		{"go", "Go", "2009"},
	}))
}
