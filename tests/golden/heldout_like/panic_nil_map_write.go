package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	r := Registry{}
	fmt.Println(len(r.entries), r.entries["x"], r.entries == nil)
	for k, v := range r.entries {
		fmt.Println(k, v)
	}
	delete(r.entries, "x")
	r.entries["x"] = 1
	fmt.Println("unreachable")
}
