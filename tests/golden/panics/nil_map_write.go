package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.entries[name] = v
}

func main() {
	var r Registry
	fmt.Println("lookup on nil map is fine:", r.entries["x"], len(r.entries))
	delete(r.entries, "x")
	fmt.Println("delete on nil map is fine too")
	r.Add("first", 1)
	fmt.Println("not reached")
}
