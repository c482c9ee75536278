package main

import "fmt"

func prefix(s string, n int) string { return s[:n] }

func main() {
	words := []string{"golang", "vm", "interpreter"}
	for _, w := range words {
		fmt.Println(prefix(w, 3))
	}
}

func init() {
	s := "héllo"
	fmt.Println(prefix(s, 3), len(prefix(s, 3)))
}
